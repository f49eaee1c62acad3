import type { CreateInvitationInput, CreatedInvitation, InvitationList } from '@carehuddle/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import type { InvitationRecord } from '../../storage/port';
import type { Actor } from '../actor';
import type { SessionManager } from '../auth/sessions';
import { conflict, DomainError, invalid, notFound } from '../errors';
import type { PatientAccess } from '../patients/patientAccess';
import { requireCareCoordinator } from '../patients/requireCoordinator';
import type { Services } from '../services';
import { presentInvitation } from './presentInvitation';

/** Only the care coordinator invites (caregivers and the member alike). */
export const coordinatorOnly = (type: string) => ({ type, resourceType: 'Invitation', message: 'Only the care coordinator sends invitations.' });

/** What differs between a caregiver's and the member's invitation; the link, its expiry and delivery are the same. */
export type InvitationTerms = Pick<InvitationRecord, 'email' | 'relationship' | 'invitee' | 'consentMethod' | 'proposeGoals' | 'language'>;

/**
 * Makes a single-use link with 256 random bits, of which only a keyed hash is
 * stored, delivers it with the configured mailer (withdrawn if that fails) and
 * audits it; the link is returned once, for the coordinator's screen.
 */
export async function issueInvitation(
  services: Services, sessions: SessionManager, actor: Actor, access: PatientAccess, patientId: string, terms: InvitationTerms,
): Promise<CreatedInvitation> {
  const token = randomBytes(32).toString('base64url');
  const now = services.clock.now();
  const invitation: InvitationRecord = {
    id: randomUUID(), patientId, ...terms, tokenHash: sessions.keyedHash(token), invitedBy: actor.userId, createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + services.invitations.validHours * 3_600_000).toISOString(),
    acceptedAt: null, acceptedBy: null, revokedAt: null, revokedBy: null,
  };
  await services.store.invitations.create(invitation);
  const link = `${services.invitations.linkBase()}/invite/${token}`;
  try {
    await services.invitations.mailer.send({
      invitationId: invitation.id, to: terms.email, link, invitedBy: actor.name, expiresAt: invitation.expiresAt, language: terms.language ?? 'en',
    });
  } catch {
    // An invitation nobody received must not stay usable.
    await services.store.invitations.revoke(invitation.id, actor.userId, now.toISOString());
    throw new DomainError('unavailable', 'The invitation could not be sent; try again shortly.');
  }
  await services.audit.record({
    actor, role: access.membership.role, patientId, action: 'C', type: 'invitation.create', resourceType: 'Invitation', resourceId: invitation.id,
    category: 'sharing', outcome: 'success', reason: `${terms.invitee} invitation sent by ${services.invitations.mailer.transport}`,
  });
  return { invitation: presentInvitation(invitation, new Map([[actor.userId, actor.name]]), now), link };
}

/** The coordinator invites a family caregiver to one patient (see `issueInvitation` for the link). */
export async function inviteCaregiver(
  services: Services, sessions: SessionManager, actor: Actor, patientId: string, input: CreateInvitationInput,
): Promise<CreatedInvitation> {
  const access = await requireCareCoordinator(services, actor, patientId, coordinatorOnly('invitation.create'));
  const email = input.email.toLowerCase();
  const existing = await services.store.users.findByEmail(email);
  if (existing && existing.kind !== 'caregiver') throw invalid('email', 'This address belongs to a staff account; add them to the care team instead.');
  if (existing && (await services.store.careTeams.find(patientId, existing.id))) throw conflict('This person is already on the care team.');
  return issueInvitation(services, sessions, actor, access, patientId, {
    email, relationship: input.relationship, invitee: 'caregiver', consentMethod: input.consentMethod, proposeGoals: input.proposeGoals, language: input.language,
  });
}

/** The patient's invitations, newest first (coordinators only). */
export async function listInvitations(services: Services, actor: Actor, patientId: string): Promise<InvitationList> {
  const { membership } = await requireCareCoordinator(services, actor, patientId, coordinatorOnly('invitation.list'));
  const invitations = await services.store.invitations.listForPatient(patientId);
  const users = await services.store.users.findManyByIds([...new Set(invitations.map((i) => i.invitedBy))]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'invitation.list', resourceType: 'Invitation', category: 'sharing', outcome: 'success' });
  const now = services.clock.now();
  return { invitations: invitations.map((i) => presentInvitation(i, names, now)) };
}

/** Withdraws a pending invitation; its link stops working at once. */
export async function revokeInvitation(services: Services, actor: Actor, patientId: string, invitationId: string): Promise<void> {
  const { membership } = await requireCareCoordinator(services, actor, patientId, coordinatorOnly('invitation.revoke'));
  const invitation = await services.store.invitations.find(patientId, invitationId);
  if (!invitation) throw notFound('Invitation');
  if (!(await services.store.invitations.revoke(invitation.id, actor.userId, services.clock.now().toISOString()))) {
    throw conflict('This invitation was already used or withdrawn.');
  }
  await services.audit.record({ actor, role: membership.role, patientId, action: 'D', type: 'invitation.revoke', resourceType: 'Invitation', resourceId: invitationId, category: 'sharing', outcome: 'success' });
}
