import type { PlanVersionSummary } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { conflict, DomainError, forbidden } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { isTheMember } from '../policies/patientPolicy';
import type { Services } from '../services';
import { presentVersions } from './planVersions';

/** Why an approval is refused, in the member's words. */
export const APPROVAL_REFUSALS = {
  notMember: 'Only the member approves their own plan; the team signs it off instead.',
  unsigned: 'This plan has not been signed by the care team yet. You can approve it once they have signed it.',
  superseded: 'The care team has signed a newer plan since. Please look at the newest one and approve that instead.',
} as const;

/**
 * The member approves a signed version of their plan: an attributed, dated
 * agreement kept in the plan's history (payer programs ask for it). Only the
 * newest signed version can be approved; approving it again changes nothing
 * and answers with the approval already recorded. The team hears of it live.
 */
export async function approvePlanVersion(services: Services, actor: Actor, patientId: string, versionId: string): Promise<PlanVersionSummary> {
  const { membership } = await requirePatientAccess(services, actor, patientId, { action: 'C', type: 'plan.approve' });
  const deny = async (reason: 'not the member' | 'no such signed version' | 'a newer version was signed', error: DomainError): Promise<never> => {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: 'plan.approve', resourceType: 'CarePlan', resourceId: versionId, category: 'care-plan', outcome: 'denied', reason });
    throw error;
  };
  if (!isTheMember(membership)) return deny('not the member', forbidden(APPROVAL_REFUSALS.notMember));
  const versions = await services.store.planVersions.listForPatient(patientId);
  const index = versions.findIndex((v) => v.id === versionId);
  if (index < 0) return deny('no such signed version', new DomainError('not_found', APPROVAL_REFUSALS.unsigned));
  if (index > 0) return deny('a newer version was signed', conflict(APPROVAL_REFUSALS.superseded));
  const added = await services.store.planVersions.approve({ patientId, versionId, approvedBy: actor.userId, approvedAt: services.clock.now().toISOString() });
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'C', type: 'plan.approve', resourceType: 'CarePlan', resourceId: versionId, category: 'care-plan',
    outcome: 'success', ...(added ? {} : { reason: 'already approved' }),
  });
  if (added) services.events.publish({ type: 'plan.approved', patientId, versionId });
  const approved = (await presentVersions(services, patientId)).find((v) => v.id === versionId);
  if (!approved) throw new DomainError('not_found', APPROVAL_REFUSALS.unsigned);
  return approved;
}
