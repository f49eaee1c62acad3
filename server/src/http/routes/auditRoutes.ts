import { AuditExportPageSchema, AuditExportQuerySchema, AuditQuerySchema, AuditRecordSchema, PatientParamsSchema } from '@carehuddle/shared';
import { once } from 'node:events';
import { z } from 'zod';
import { exportAuditCsv, exportAuditPage } from '../../domain/audit/auditExport';
import { readPatientAudit } from '../../domain/audit/auditReview';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Reviewing and exporting the audit trail. */
export function auditRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/audit', tag: 'audit', auth: 'session',
      summary: "A patient's audit trail (care coordinator or admin), filterable by user and paged by sequence; restricted documents' entries only for those who may read them.",
      params: PatientParamsSchema, query: AuditQuerySchema, response: z.object({ records: z.array(AuditRecordSchema) }),
      async handle({ actor, params, query }) {
        return { records: await readPatientAudit(services, actor, params.patientId, query) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/admin/audit/export', tag: 'audit', auth: 'session',
      summary: 'Export the audit trail for a date range (organization admins): CSV streamed, JSON paged by `afterSeq`.',
      query: AuditExportQuerySchema, response: AuditExportPageSchema,
      async handle({ actor, query, res }) {
        if (query.format === 'json') return exportAuditPage(services, actor, query);
        const lines = await exportAuditCsv(services, actor, query);
        res.type('text/csv').setHeader('Content-Disposition', 'attachment; filename="carehuddle-audit.csv"');
        // Streamed with back-pressure: a slow reader pauses the reads from the store.
        for await (const line of lines) {
          if (res.destroyed) break;
          if (!res.write(line)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
        }
        res.end();
        return undefined;
      },
    }),
  ];
}
