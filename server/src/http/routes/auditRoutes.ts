import { AuditExportQuerySchema, AuditQuerySchema, AuditRecordSchema, PatientParamsSchema } from '@carehuddle/shared';
import { z } from 'zod';
import { exportAudit, readPatientAudit } from '../../domain/audit/auditReview';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** Reviewing and exporting the audit trail. */
export function auditRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/audit', tag: 'audit', auth: 'session',
      summary: "A patient's audit trail (care coordinator or admin), filterable by user and paged by sequence.",
      params: PatientParamsSchema, query: AuditQuerySchema, response: z.object({ records: z.array(AuditRecordSchema) }),
      async handle({ actor, params, query }) {
        return { records: await readPatientAudit(services, actor, params.patientId, query) };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/admin/audit/export', tag: 'audit', auth: 'session',
      summary: 'Export the audit trail as JSON or CSV (organization admins).',
      query: AuditExportQuerySchema, response: z.object({ records: z.array(AuditRecordSchema) }),
      async handle({ actor, query, res }) {
        const result = await exportAudit(services, actor, query.format, query.patientId);
        if (typeof result === 'string') {
          res.type('text/csv').setHeader('Content-Disposition', 'attachment; filename="carehuddle-audit.csv"');
          res.send(result);
          return undefined;
        }
        return { records: result };
      },
    }),
  ];
}
