import type { Invitation, InvitationStatus } from '@carehuddle/shared';
import type { InvitationRecord } from '../../storage/port';

/** Where an invitation stands at `now`: withdrawn and used win over expiry. */
export function invitationStatus(invitation: InvitationRecord, now: Date): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  return now.getTime() >= Date.parse(invitation.expiresAt) ? 'expired' : 'pending';
}

/** The only way an invitation leaves the server (never its token or hash). */
export function presentInvitation(invitation: InvitationRecord, names: ReadonlyMap<string, string>, now: Date): Invitation {
  return {
    id: invitation.id, patientId: invitation.patientId, email: invitation.email, relationship: invitation.relationship, invitee: invitation.invitee,
    status: invitationStatus(invitation, now),
    invitedBy: { userId: invitation.invitedBy, name: names.get(invitation.invitedBy) ?? 'Former member' },
    createdAt: invitation.createdAt, expiresAt: invitation.expiresAt, acceptedAt: invitation.acceptedAt,
  };
}
