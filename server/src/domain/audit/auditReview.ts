import { PLAN_AUDIENCES, type PlanAudience } from '@carehuddle/shared';
import type { AuditRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { activeMembership } from '../consent/sharingPreferences';
import { forbidden, notFound } from '../errors';
import { canViewPatientAudit } from '../policies/auditPolicy';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';

/**
 * Record types whose reason once held text a user typed (a retraction reason,
 * a plan review title). Records written before reasons became codes still
 * carry it, so the review never shows their reason.
 */
const FREE_TEXT_REASON_TYPES: ReadonlySet<string> = new Set(['note.retract', 'plan.sign']);

/** What a reviewer or an export sees of one record: everything but a reason that may be free text. */
export function presentAuditRecord(r: AuditRecord): AuditRecord {
  return FREE_TEXT_REASON_TYPES.has(r.type) ? { ...r, reason: null } : r;
}

/**
 * A patient's audit trail, filtered; reading it is itself audited. A reviewer
 * sees entries about a restricted document (behavioral health, substance use —
 * the document itself, its edits, versions and threads) only when they may
 * read that document under the patient's consent; admins see every entry.
 */
export async function readPatientAudit(
  services: Services, actor: Actor, patientId: string, query: { afterSeq?: number; limit: number; userId?: string },
): Promise<AuditRecord[]> {
  const [patient, active] = await Promise.all([services.store.patients.findById(patientId), activeMembership(services, patientId, actor.userId)]);
  const membership = active?.membership ?? null;
  if (!patient || (!membership && !actor.isAdmin)) throw notFound('Patient');
  if (!canViewPatientAudit(actor, membership)) throw forbidden('Only the care coordinator or an admin can review the audit trail.');
  const hidden: PlanAudience[] = actor.isAdmin || !active ? [] : PLAN_AUDIENCES.filter((a) => planDocumentAccess(active.membership, a, active.preferences) === 'none');
  await services.audit.record({ actor, role: membership?.role ?? 'admin', patientId, action: 'R', type: 'audit.read', resourceType: 'AuditEvent', outcome: 'success' });
  const records = await services.store.audit.list({
    patientId, limit: query.limit, excludeCategories: hidden,
    ...(query.afterSeq !== undefined ? { afterSeq: query.afterSeq } : {}), ...(query.userId ? { userId: query.userId } : {}),
  });
  return records.map(presentAuditRecord);
}
