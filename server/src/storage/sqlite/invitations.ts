import { LanguageSchema } from '@carehuddle/shared';
import type { InvitationRecord, InvitationRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const invitationsSchema = `
CREATE TABLE IF NOT EXISTS invitations (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, email TEXT NOT NULL, relationship TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
  consent_method TEXT NOT NULL, propose_goals INTEGER NOT NULL, invited_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
  accepted_at TEXT, accepted_by TEXT, revoked_at TEXT, revoked_by TEXT
);
CREATE INDEX IF NOT EXISTS invitations_by_patient ON invitations (patient_id, created_at);
CREATE INDEX IF NOT EXISTS invitations_by_inviter ON invitations (invited_by);`;

/** Stores made before invitations had a language get the column on start-up (their invitations read as English). */
function addLanguageColumn(db: SqliteDb): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(invitations)').all();
  if (!columns.some((c) => c.name === 'language')) db.exec("ALTER TABLE invitations ADD COLUMN language TEXT NOT NULL DEFAULT 'en'");
}

/** Stores made before member invitations get the column on start-up (their invitations were all for caregivers). */
export function addInviteeColumn(db: SqliteDb): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(invitations)').all();
  if (!columns.some((c) => c.name === 'invitee')) db.exec("ALTER TABLE invitations ADD COLUMN invitee TEXT NOT NULL DEFAULT 'caregiver'");
}

interface Row {
  id: string; patient_id: string; email: string; relationship: string; invitee: string; token_hash: string; consent_method: string; propose_goals: number;
  invited_by: string; created_at: string; expires_at: string; accepted_at: string | null; accepted_by: string | null; revoked_at: string | null; revoked_by: string | null; language: string;
}
const toInvitation = (r: Row): InvitationRecord => ({
  id: r.id, patientId: r.patient_id, email: r.email, relationship: r.relationship, invitee: r.invitee === 'member' ? 'member' : 'caregiver', tokenHash: r.token_hash, consentMethod: r.consent_method,
  proposeGoals: r.propose_goals === 1, language: LanguageSchema.catch('en').parse(r.language), invitedBy: r.invited_by, createdAt: r.created_at, expiresAt: r.expires_at,
  acceptedAt: r.accepted_at, acceptedBy: r.accepted_by, revokedAt: r.revoked_at, revokedBy: r.revoked_by,
});

/** Caregiver invitations in the embedded store. */
export function sqliteInvitations(db: SqliteDb): InvitationRepository {
  addLanguageColumn(db);
  addInviteeColumn(db);
  const insert = db.prepare(`INSERT INTO invitations (id, patient_id, email, relationship, invitee, token_hash, consent_method, propose_goals, invited_by, created_at, expires_at, language)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byHash = db.prepare<[string], Row>('SELECT * FROM invitations WHERE token_hash = ?');
  const one = db.prepare<[string, string], Row>('SELECT * FROM invitations WHERE patient_id = ? AND id = ?');
  const forPatient = db.prepare<[string], Row>('SELECT * FROM invitations WHERE patient_id = ? ORDER BY created_at DESC');
  const accept = db.prepare('UPDATE invitations SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL');
  const revoke = db.prepare('UPDATE invitations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL');
  const pendingBy = db.prepare<[string, string | null, string | null], Row>(
    'SELECT * FROM invitations WHERE invited_by = ? AND (? IS NULL OR patient_id = ?) AND accepted_at IS NULL AND revoked_at IS NULL',
  );
  const revokeAllBy = db.transaction((invitedBy: string, patientId: string | null, revokedBy: string, at: string) =>
    pendingBy.all(invitedBy, patientId, patientId).filter((r) => revoke.run(at, revokedBy, r.id).changes === 1)
      .map((r) => toInvitation({ ...r, revoked_at: at, revoked_by: revokedBy })));
  return {
    async create(i) {
      insert.run(i.id, i.patientId, i.email, i.relationship, i.invitee, i.tokenHash, i.consentMethod, i.proposeGoals ? 1 : 0, i.invitedBy, i.createdAt, i.expiresAt, i.language ?? 'en');
    },
    async findByTokenHash(hash) {
      if (!isKey(hash)) return null;
      const row = byHash.get(hash);
      return row ? toInvitation(row) : null;
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = one.get(patientId, id);
      return row ? toInvitation(row) : null;
    },
    async listForPatient(patientId) {
      return isKey(patientId) ? forPatient.all(patientId).map(toInvitation) : [];
    },
    async markAccepted(id, userId, at) {
      return accept.run(at, userId, id).changes === 1;
    },
    async revoke(id, userId, at) {
      return revoke.run(at, userId, id).changes === 1;
    },
    async revokePendingBy(invitedBy, patientId, revokedBy, at) {
      if (!isKey(invitedBy) || (patientId !== null && !isKey(patientId))) return [];
      // IMMEDIATE: it reads before it writes (see careTeams.ts).
      return revokeAllBy.immediate(invitedBy, patientId, revokedBy, at);
    },
  };
}
