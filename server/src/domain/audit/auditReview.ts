import type { AuditRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { canExportAudit, canViewPatientAudit } from '../policies/auditPolicy';
import { activeMembership } from '../consent/sharingPreferences';
import type { Services } from '../services';

/** A patient's audit trail, filtered; reading it is itself audited. */
export async function readPatientAudit(
  services: Services, actor: Actor, patientId: string, query: { afterSeq?: number; limit: number; userId?: string },
): Promise<AuditRecord[]> {
  const [patient, active] = await Promise.all([services.store.patients.findById(patientId), activeMembership(services, patientId, actor.userId)]);
  const membership = active?.membership ?? null;
  if (!patient || (!membership && !actor.isAdmin)) throw notFound('Patient');
  if (!canViewPatientAudit(actor, membership)) throw forbidden('Only the care coordinator or an admin can review the audit trail.');
  await services.audit.record({ actor, role: membership?.role ?? 'admin', patientId, action: 'R', type: 'audit.read', resourceType: 'AuditEvent', outcome: 'success' });
  return services.store.audit.list({ patientId, limit: query.limit, ...(query.afterSeq !== undefined ? { afterSeq: query.afterSeq } : {}), ...(query.userId ? { userId: query.userId } : {}) });
}

const CSV_COLUMNS = ['seq', 'at', 'userId', 'role', 'patientId', 'action', 'type', 'resourceType', 'resourceId', 'category', 'outcome', 'ip', 'sessionId', 'reason', 'prevHash', 'hash'] as const;

/** Quotes a CSV cell, and neutralizes spreadsheet formulas (a cell starting with = + - @). */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Exports the audit trail (admins only) as JSON records or CSV text; the export is audited before it is served. */
export async function exportAudit(services: Services, actor: Actor, format: 'json' | 'csv', patientId?: string): Promise<AuditRecord[] | string> {
  if (!canExportAudit(actor)) throw forbidden('Only organization admins export the audit trail.');
  const records: AuditRecord[] = [];
  for await (const r of services.store.audit.iterateAll()) if (!patientId || r.patientId === patientId) records.push(r);
  await services.audit.record({ actor, patientId: patientId ?? null, action: 'E', type: 'audit.export', resourceType: 'AuditEvent', outcome: 'success', reason: `${records.length} records as ${format}` });
  if (format === 'json') return records;
  return [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))].join('\n');
}
