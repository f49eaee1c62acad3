import { PLAN_AUDIENCES, PlanShareRecipientSchema, PlanShareFormatSchema, type PlanAudience, type PlanShare } from '@carehuddle/shared';
import type { PlanShareRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { isFamilySide } from '../policies/notePolicy';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';

const partsOf = (record: PlanShareRecord): PlanAudience[] => {
  const parsed: unknown = JSON.parse(record.parts);
  return Array.isArray(parsed) ? PLAN_AUDIENCES.filter((a) => parsed.includes(a)) : [];
};

/**
 * Copies of the plan sent to providers, newest first, for staff on the team.
 * Each lists only the parts the viewer may read, and a copy holding none of
 * them is left out, so the history never reveals restricted care.
 */
export async function listPlanShares(services: Services, actor: Actor, patientId: string): Promise<PlanShare[]> {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'plan.shares.read' });
  if (isFamilySide(membership.role)) {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'plan.shares.read', resourceType: 'CarePlan', outcome: 'denied', reason: 'staff only' });
    throw forbidden('Only the care team sees where the plan was sent.');
  }
  const records = await services.store.planShares.listForPatient(patientId);
  const visible = records
    .map((record) => ({ record, parts: partsOf(record).filter((a) => planDocumentAccess(membership, a, preferences) !== 'none') }))
    .filter((s) => s.parts.length > 0);
  const ids = new Set<string>();
  for (const { record } of visible) ids.add(record.sharedBy);
  const names = new Map((await services.store.users.findManyByIds([...ids])).map((u) => [u.id, u.name]));
  const versions = new Map<string, { id: string; title: string; signedAt: string }>();
  for (const v of await services.store.planVersions.listForPatient(patientId)) versions.set(v.id, { id: v.id, title: v.title, signedAt: v.signedAt });
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'plan.shares.read', resourceType: 'CarePlan', outcome: 'success' });
  return visible.map(({ record, parts }) => ({
    id: record.id, recipient: PlanShareRecipientSchema.parse(JSON.parse(record.recipient)), parts, format: PlanShareFormatSchema.parse(record.format),
    planVersion: record.planVersionId ? versions.get(record.planVersionId) ?? null : null, consentVersion: record.consentVersion,
    sharedBy: { userId: record.sharedBy, name: names.get(record.sharedBy) ?? 'Former member' }, sharedAt: record.sharedAt,
  }));
}
