import { calendarDateIn, type AcceptInvitationInput, type ConsentMethod, type InvitationPreview } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { DuplicateKeyError, type InvitationRecord, type UserRecord } from '../../storage/port';
import type { SessionManager } from '../auth/sessions';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { appendConsentVersion } from '../consent/recordConsent';
import { currentPreferences } from '../consent/sharingPreferences';
import { conflict, DomainError, gone, notFound } from '../errors';
import type { Services } from '../services';
import { assertFamilyNameFree } from '../staff/displayNames';
import { assertMemberSeatFree } from './inviteMember';
import { invitationStatus } from './presentInvitation';

const GONE_MESSAGES = {
  accepted: 'This invitation was already used. Sign in with the password you chose.',
  expired: 'This invitation has expired. Ask the care coordinator for a new one.',
  revoked: 'This invitation was withdrawn by the care team.',
} as const;

/**
 * An invitation is withdrawn when its inviter leaves the team or is disabled;
 * this check also covers ones that slipped past (made before that rule, or a
 * race with the removal): only a current care coordinator's invitation works.
 */
async function inviterStillVouches(services: Services, invitation: InvitationRecord): Promise<boolean> {
  const [inviter, membership] = await Promise.all([
    services.store.users.findById(invitation.invitedBy), services.store.careTeams.find(invitation.patientId, invitation.invitedBy),
  ]);
  return Boolean(inviter && !inviter.disabledAt && membership?.role === 'care_coordinator');
}

/** The invitation behind a link, or "not found" (audited: someone may be guessing links). */
async function invitationFor(services: Services, sessions: SessionManager, token: string, type: string, ip: string | null): Promise<InvitationRecord> {
  const invitation = await services.store.invitations.findByTokenHash(sessions.keyedHash(token));
  if (!invitation) {
    await services.audit.record({ actor: null, ip, action: 'R', type, resourceType: 'Invitation', outcome: 'denied', reason: 'unknown link' });
    throw notFound('Invitation');
  }
  return invitation;
}

/** What the holder of a link sees before accepting: who invited them, to whose plan, and whether the link still works. */
export async function previewInvitation(services: Services, sessions: SessionManager, token: string, ip: string | null): Promise<InvitationPreview> {
  const invitation = await invitationFor(services, sessions, token, 'invitation.preview', ip);
  const [patient, inviter, account] = await Promise.all([
    services.store.patients.findById(invitation.patientId), services.store.users.findById(invitation.invitedBy), services.store.users.findByEmail(invitation.email),
  ]);
  await services.audit.record({ actor: null, ip, patientId: invitation.patientId, action: 'R', type: 'invitation.preview', resourceType: 'Invitation', resourceId: invitation.id, outcome: 'success' });
  const status = invitationStatus(invitation, services.clock.now());
  return {
    status: status === 'pending' && !(await inviterStillVouches(services, invitation)) ? 'revoked' : status, invitedBy: inviter?.name ?? 'The care team',
    patientFirstName: patient?.name.split(' ')[0] ?? '', invitee: invitation.invitee, email: invitation.email, accountExists: account !== null, expiresAt: invitation.expiresAt,
  };
}

/** The account kind each invitation makes: a caregiver's, or the member's own. */
const ACCOUNT_KIND = { caregiver: 'caregiver', member: 'patient' } as const;

/** An existing account of the invitation's kind proves it is theirs with its password; otherwise a new account is made. */
async function accountFor(
  services: Services, sessions: SessionManager, invitation: InvitationRecord, input: AcceptInvitationInput,
): Promise<{ user: UserRecord; isNew: boolean }> {
  const existing = await services.store.users.findByEmail(invitation.email);
  if (existing) {
    if (existing.kind !== ACCOUNT_KIND[invitation.invitee]) throw conflict(existing.kind === 'staff' ? 'This address belongs to a staff account.' : 'This address belongs to another kind of account. Ask the care coordinator for help.');
    // The link is another way to guess the account's password: the same per-account limit as sign-in.
    sessions.throttle.assertOpen(existing.email);
    if (!(await verifyPassword(existing.passwordHash, input.password))) {
      sessions.throttle.recordFailure(existing.email);
      throw new DomainError('unauthenticated', 'That is not the password of your existing account.');
    }
    sessions.throttle.recordSuccess(existing.email);
    if (existing.disabledAt) throw new DomainError('forbidden', 'This account is disabled. Ask the care coordinator for help.');
    return { user: existing, isNew: false };
  }
  const user: UserRecord = {
    id: randomUUID(), email: invitation.email, name: input.name, kind: ACCOUNT_KIND[invitation.invitee], isAdmin: false,
    // The coordinator chose the invitee's language when inviting: their pages start in it (they can switch).
    preferredLanguage: invitation.language ?? 'en',
    passwordHash: await hashPassword(input.password), createdAt: services.clock.now().toISOString(),
  };
  return { user, isNew: true };
}

/** Records the consent version the coordinator confirmed when inviting this caregiver. */
async function recordInvitedCaregiverConsent(services: Services, invitation: InvitationRecord, userId: string): Promise<void> {
  const preferences = await currentPreferences(services, invitation.patientId);
  const family = [...preferences.family.filter((f) => f.userId !== userId), { userId, sharedPlan: true, proposeGoals: invitation.proposeGoals }];
  await appendConsentVersion(services, invitation.patientId, {
    preferences: { ...preferences, family }, method: invitation.consentMethod as ConsentMethod,
    givenOn: calendarDateIn(new Date(invitation.createdAt), services.timeZone),
    note: 'Recorded with the invitation this caregiver accepted.', recordedBy: invitation.invitedBy,
  });
}

/**
 * Accepting a link: claim it (once, even if two tabs race), make or check the
 * account, join the care team as a family caregiver (or, the member's own link, as
 * the patient), record the consent the
 * coordinator confirmed when inviting, and sign in.
 */
export async function acceptInvitation(
  services: Services, sessions: SessionManager, token: string, input: AcceptInvitationInput, ip: string | null,
): Promise<{ token: string; patientId: string; user: UserRecord }> {
  const invitation = await invitationFor(services, sessions, token, 'invitation.accept', ip);
  let status = invitationStatus(invitation, services.clock.now());
  if (status === 'pending' && !(await inviterStillVouches(services, invitation))) {
    await services.store.invitations.revoke(invitation.id, invitation.invitedBy, services.clock.now().toISOString());
    status = 'revoked';
  }
  if (status !== 'pending') {
    await services.audit.record({ actor: null, ip, patientId: invitation.patientId, action: 'C', type: 'invitation.accept', resourceType: 'Invitation', resourceId: invitation.id, outcome: 'denied', reason: status });
    throw gone(GONE_MESSAGES[status]);
  }
  const { user, isNew } = await accountFor(services, sessions, invitation, input);
  // Before the link is used up, so the caregiver can pick another name and try again. An existing
  // account's name is not on the form, so that refusal is a plain message instead of a field error.
  await assertFamilyNameFree(services, invitation.patientId, user.name, 'name').catch((error: unknown) => {
    if (!isNew && error instanceof DomainError) throw conflict('Your account\'s name matches a staff member of this care team. Ask the care coordinator for help.');
    throw error;
  });
  if (invitation.invitee === 'member') await assertMemberSeatFree(services, invitation.patientId, isNew ? null : user);
  const now = services.clock.now().toISOString();
  if (!(await services.store.invitations.markAccepted(invitation.id, user.id, now))) throw gone(GONE_MESSAGES.accepted);
  if (isNew) await services.store.users.create(user);
  const role = invitation.invitee === 'member' ? 'patient' : 'family_caregiver';
  await services.store.careTeams.add({ patientId: invitation.patientId, userId: user.id, role, isLead: false, joinedAt: now })
    .catch((error: unknown) => { if (!(error instanceof DuplicateKeyError)) throw error; });
  // The member needs no one's consent to see their own plan; a caregiver's sharing is the consent the coordinator confirmed.
  if (invitation.invitee === 'caregiver') await recordInvitedCaregiverConsent(services, invitation, user.id);
  const session = await sessions.start(user.id);
  await services.audit.record({
    actor: { userId: user.id, sessionId: session.session.id, ip }, role, patientId: invitation.patientId, action: 'C',
    type: 'invitation.accept', resourceType: 'Invitation', resourceId: invitation.id, category: 'sharing', outcome: 'success',
  });
  services.events.publish({ type: 'invitation.accepted', patientId: invitation.patientId, invitationId: invitation.id, invitedBy: invitation.invitedBy, userId: user.id });
  return { token: session.token, patientId: invitation.patientId, user };
}
