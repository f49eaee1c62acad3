import type { CreatedInvitation, CreateMemberInvitationInput } from '@carehuddle/shared';
import type { UserRecord } from '../../storage/port';
import type { Actor } from '../actor';
import type { SessionManager } from '../auth/sessions';
import { conflict, invalid } from '../errors';
import type { Services } from '../services';
import { requireCareCoordinator } from '../patients/requireCoordinator';
import { coordinatorOnly, issueInvitation } from './inviteCaregiver';

/** The sentence for a second member account on one patient (refused when inviting and again when accepting). */
export const MEMBER_ALREADY_JOINED = 'This member already has their own account. They sign in with it; a second one cannot be made.';

/**
 * One member account per patient, and one patient per member account: refuses
 * when someone else already holds the patient's `patient` membership, or when
 * the account is another patient's own.
 */
export async function assertMemberSeatFree(services: Services, patientId: string, account: UserRecord | null): Promise<void> {
  const team = await services.store.careTeams.listForPatient(patientId);
  if (team.some((m) => m.role === 'patient' && m.userId !== account?.id)) throw conflict(MEMBER_ALREADY_JOINED);
  if (!account) return;
  if (account.kind !== 'patient') throw invalid('email', 'This address belongs to a staff or caregiver account; the member needs an address of their own.');
  const own = await services.store.careTeams.listForUser(account.id);
  if (own.some((m) => m.role === 'patient' && m.patientId !== patientId)) throw invalid('email', "This address is already another member's own account.");
}

/**
 * The coordinator invites the member (the patient) to their own portal: the
 * caregiver's link rules (single use, expiry, e-mail with no clinical detail).
 * The member needs no one's consent to see their own shared plan, so no consent
 * is recorded; `member_portal` is the method of what they later record there.
 */
export async function inviteMember(
  services: Services, sessions: SessionManager, actor: Actor, patientId: string, input: CreateMemberInvitationInput,
): Promise<CreatedInvitation> {
  const access = await requireCareCoordinator(services, actor, patientId, coordinatorOnly('invitation.create'));
  const email = input.email.toLowerCase();
  await assertMemberSeatFree(services, patientId, await services.store.users.findByEmail(email));
  return issueInvitation(services, sessions, actor, access, patientId, {
    email, relationship: 'self', invitee: 'member', consentMethod: 'member_portal', proposeGoals: true, language: input.language,
  });
}
