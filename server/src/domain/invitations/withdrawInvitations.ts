import type { Actor } from '../actor';
import type { Services } from '../services';

/**
 * An invitation speaks for the coordinator who made it; once they leave the
 * care team (or their account is disabled) it must not let anyone in. Withdraws
 * their pending invitations — for one patient, or all when `patientId` is null —
 * and audits each.
 */
/** Why an inviter's pending invitations are withdrawn, as written to the audit trail. */
export type InvitationWithdrawalReason = 'the inviter left the care team' | 'the inviter\'s account was disabled';

export async function withdrawInvitationsOf(services: Services, actor: Actor, inviterId: string, patientId: string | null, reason: InvitationWithdrawalReason): Promise<number> {
  const withdrawn = await services.store.invitations.revokePendingBy(inviterId, patientId, actor.userId, services.clock.now().toISOString());
  for (const invitation of withdrawn) {
    await services.audit.record({
      actor, patientId: invitation.patientId, action: 'D', type: 'invitation.revoke', resourceType: 'Invitation', resourceId: invitation.id,
      category: 'sharing', outcome: 'success', reason,
    });
  }
  return withdrawn.length;
}
