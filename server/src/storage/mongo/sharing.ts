import { LanguageSchema } from '@carehuddle/shared';
import type { ConsentRecord, ConsentRepository, InvitationRecord, InvitationRepository } from '../port';
import { unique, type Models } from './models';

const toConsent = (d: ConsentRecord): ConsentRecord => ({
  patientId: d.patientId, version: d.version, preferences: d.preferences, method: d.method, givenOn: d.givenOn, note: d.note ?? '',
  recordedBy: d.recordedBy, recordedAt: d.recordedAt,
});

/** Consent versions in MongoDB. */
export function mongoConsents(m: Models): ConsentRepository {
  return {
    async append(c) {
      await unique('consent version', () => m.consents.create({ ...c }));
    },
    async latest(patientId) {
      const d = await m.consents.findOne({ patientId }).sort({ version: -1 }).lean<ConsentRecord>();
      return d ? toConsent(d) : null;
    },
    async history(patientId) {
      return (await m.consents.find({ patientId }).sort({ version: -1 }).lean<ConsentRecord[]>()).map(toConsent);
    },
  };
}

interface InvitationDoc extends Omit<InvitationRecord, 'id'> { _id: string }
const toInvitation = ({ _id, ...d }: InvitationDoc): InvitationRecord => ({
  id: _id, patientId: d.patientId, email: d.email, relationship: d.relationship, invitee: d.invitee ?? 'caregiver', tokenHash: d.tokenHash, consentMethod: d.consentMethod,
  proposeGoals: d.proposeGoals, language: LanguageSchema.catch('en').parse(d.language), invitedBy: d.invitedBy, createdAt: d.createdAt, expiresAt: d.expiresAt,
  acceptedAt: d.acceptedAt ?? null, acceptedBy: d.acceptedBy ?? null, revokedAt: d.revokedAt ?? null, revokedBy: d.revokedBy ?? null,
});

/** Caregiver invitations in MongoDB; accepting and revoking are conditional updates, so a link is used once even under a race. */
export function mongoInvitations(m: Models): InvitationRepository {
  const open = { acceptedAt: null, revokedAt: null };
  return {
    async create(i) {
      const { id, ...rest } = i;
      await unique('invitation', () => m.invitations.create({ _id: id, ...rest, language: rest.language ?? 'en' }));
    },
    async findByTokenHash(tokenHash) {
      const d = await m.invitations.findOne({ tokenHash }).lean<InvitationDoc>();
      return d ? toInvitation(d) : null;
    },
    async find(patientId, id) {
      const d = await m.invitations.findOne({ _id: id, patientId }).lean<InvitationDoc>();
      return d ? toInvitation(d) : null;
    },
    async listForPatient(patientId) {
      return (await m.invitations.find({ patientId }).sort({ createdAt: -1 }).lean<InvitationDoc[]>()).map(toInvitation);
    },
    async markAccepted(id, userId, at) {
      return (await m.invitations.updateOne({ _id: id, ...open }, { $set: { acceptedAt: at, acceptedBy: userId } })).modifiedCount === 1;
    },
    async revoke(id, userId, at) {
      return (await m.invitations.updateOne({ _id: id, ...open }, { $set: { revokedAt: at, revokedBy: userId } })).modifiedCount === 1;
    },
    async revokePendingBy(invitedBy, patientId, revokedBy, at) {
      const pending = (await m.invitations.find({ invitedBy, ...(patientId === null ? {} : { patientId }), ...open }).lean<InvitationDoc[]>()).map(toInvitation);
      // One conditional update each, so an invitation accepted meanwhile is left alone and not reported.
      const revoked: InvitationRecord[] = [];
      for (const invitation of pending) {
        if ((await m.invitations.updateOne({ _id: invitation.id, ...open }, { $set: { revokedAt: at, revokedBy } })).modifiedCount === 1) {
          revoked.push({ ...invitation, revokedAt: at, revokedBy });
        }
      }
      return revoked;
    },
  };
}
