import { DuplicateKeyError, type CareTeamMembershipRecord, type CareTeamRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const careTeamsSchema = `
CREATE TABLE IF NOT EXISTS care_team_members (
  patient_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  is_lead INTEGER NOT NULL,
  joined_at TEXT NOT NULL,
  PRIMARY KEY (patient_id, user_id)
);
CREATE INDEX IF NOT EXISTS care_team_by_user ON care_team_members (user_id);`;

interface MemberRow { patient_id: string; user_id: string; role: CareTeamMembershipRecord['role']; is_lead: number; joined_at: string }

function fromRow(r: MemberRow): CareTeamMembershipRecord {
  return { patientId: r.patient_id, userId: r.user_id, role: r.role, isLead: r.is_lead === 1, joinedAt: r.joined_at };
}

/** Care team memberships in the embedded store. */
export function sqliteCareTeams(db: SqliteDb): CareTeamRepository {
  const insert = db.prepare('INSERT INTO care_team_members (patient_id, user_id, role, is_lead, joined_at) VALUES (?, ?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM care_team_members WHERE patient_id = ? AND user_id = ?');
  const one = db.prepare<[string, string], MemberRow>('SELECT * FROM care_team_members WHERE patient_id = ? AND user_id = ?');
  const forPatient = db.prepare<[string], MemberRow>('SELECT * FROM care_team_members WHERE patient_id = ? ORDER BY is_lead DESC, joined_at');
  const forUser = db.prepare<[string], MemberRow>('SELECT * FROM care_team_members WHERE user_id = ?');
  const leads = db.prepare<[], MemberRow>('SELECT * FROM care_team_members WHERE is_lead = 1');
  const leadOf = db.prepare<[string], MemberRow>('SELECT * FROM care_team_members WHERE patient_id = ? AND is_lead = 1');
  const promote = db.prepare("UPDATE care_team_members SET role = 'care_coordinator', is_lead = 1 WHERE patient_id = ? AND user_id = ?");
  // One transaction: the team never has two leads, nor none, in between.
  const handOver = db.transaction((patientId: string, userId: string, joinedAt: string): string | null => {
    const previous = leadOf.all(patientId);
    if (previous.some((m) => m.user_id === userId)) return userId;
    for (const m of previous) remove.run(patientId, m.user_id);
    if (promote.run(patientId, userId).changes === 0) insert.run(patientId, userId, 'care_coordinator', 1, joinedAt);
    return previous[0]?.user_id ?? null;
  });
  return {
    async add(m) {
      try {
        insert.run(m.patientId, m.userId, m.role, m.isLead ? 1 : 0, m.joinedAt);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('care team member');
        throw error;
      }
    },
    async remove(patientId, userId) {
      return remove.run(patientId, userId).changes > 0;
    },
    async find(patientId, userId) {
      if (!isKey(patientId) || !isKey(userId)) return null;
      const row = one.get(patientId, userId);
      return row ? fromRow(row) : null;
    },
    async listForPatient(patientId) {
      return forPatient.all(patientId).map(fromRow);
    },
    async listForUser(userId) {
      return forUser.all(userId).map(fromRow);
    },
    async listLeads() {
      return leads.all().map(fromRow);
    },
    async handOverLead(patientId, userId, joinedAt) {
      if (!isKey(patientId) || !isKey(userId)) return null;
      // IMMEDIATE, as every transaction here that reads before it writes: in WAL mode a deferred one that
      // finds the writer thread has committed since its read fails at once (SQLITE_BUSY), without waiting.
      return handOver.immediate(patientId, userId, joinedAt);
    },
  };
}
