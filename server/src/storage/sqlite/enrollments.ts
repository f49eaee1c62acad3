import { DuplicateKeyError, type EnrollmentEpisodeRecord, type EnrollmentRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

/**
 * `open_for` holds the member's id while the episode runs and NULL once it
 * ended: its unique index allows one open episode per member, so two racing
 * re-enrollments cannot both succeed (NULLs never collide).
 */
export const enrollmentsSchema = `
CREATE TABLE IF NOT EXISTS enrollment_episodes (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, program TEXT NOT NULL, started_on TEXT NOT NULL, ended_on TEXT, end_reason TEXT,
  started_by TEXT NOT NULL, ended_by TEXT, created_at TEXT NOT NULL, open_for TEXT UNIQUE
);
CREATE INDEX IF NOT EXISTS enrollment_episodes_by_patient ON enrollment_episodes (patient_id, started_on);`;

interface Row {
  id: string; patient_id: string; program: string; started_on: string; ended_on: string | null; end_reason: string | null;
  started_by: string; ended_by: string | null; created_at: string;
}

const toEpisode = (r: Row): EnrollmentEpisodeRecord => ({
  id: r.id, patientId: r.patient_id, program: r.program, startedOn: r.started_on, endedOn: r.ended_on, endReason: r.end_reason,
  startedBy: r.started_by, endedBy: r.ended_by, createdAt: r.created_at,
});

/** Enrollment episodes in the embedded store. */
export function sqliteEnrollments(db: SqliteDb): EnrollmentRepository {
  const insert = db.prepare(`INSERT INTO enrollment_episodes (id, patient_id, program, started_on, ended_on, end_reason, started_by, ended_by, created_at, open_for)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const end = db.prepare('UPDATE enrollment_episodes SET ended_on = ?, end_reason = ?, ended_by = ?, open_for = NULL WHERE id = ? AND open_for IS NOT NULL');
  return {
    async insert(e) {
      try {
        insert.run(e.id, e.patientId, e.program, e.startedOn, e.endedOn, e.endReason, e.startedBy, e.endedBy, e.createdAt, e.endedOn === null ? e.patientId : null);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('open enrollment episode');
        throw error;
      }
    },
    async end(id, change) {
      return isKey(id) && end.run(change.endedOn, change.endReason, change.endedBy, id).changes === 1;
    },
    async listForPatients(ids) {
      const keys = ids.filter(isKey);
      if (keys.length === 0) return [];
      return db.prepare<string[], Row>(`SELECT * FROM enrollment_episodes WHERE patient_id IN (${keys.map(() => '?').join(',')}) ORDER BY patient_id, started_on, created_at`)
        .all(...keys).map(toEpisode);
    },
  };
}
