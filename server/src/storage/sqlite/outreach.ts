import type { OutreachRecord, OutreachRepository } from '../port';
import type { SqliteDb } from './database';

export const outreachSchema = `
CREATE TABLE IF NOT EXISTS outreach_attempts (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, channel TEXT NOT NULL, direction TEXT NOT NULL, reached TEXT NOT NULL, outcome TEXT NOT NULL,
  attempted_on TEXT NOT NULL, note TEXT NOT NULL, next_attempt_on TEXT, purpose TEXT NOT NULL, target_id TEXT, by_user TEXT NOT NULL, recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS outreach_by_patient ON outreach_attempts (patient_id, attempted_on);`;

interface Row {
  id: string; patient_id: string; channel: string; direction: string; reached: string; outcome: string; attempted_on: string; note: string;
  next_attempt_on: string | null; purpose: string; target_id: string | null; by_user: string; recorded_at: string;
}
const toAttempt = (r: Row): OutreachRecord => ({
  id: r.id, patientId: r.patient_id, channel: r.channel, direction: r.direction, reached: r.reached, outcome: r.outcome, attemptedOn: r.attempted_on,
  note: r.note, nextAttemptOn: r.next_attempt_on, purpose: r.purpose, targetId: r.target_id, by: r.by_user, recordedAt: r.recorded_at,
});

/** Contact attempts in the embedded store (append only). */
export function sqliteOutreach(db: SqliteDb): OutreachRepository {
  const insert = db.prepare(`INSERT INTO outreach_attempts (id, patient_id, channel, direction, reached, outcome, attempted_on, note, next_attempt_on, purpose, target_id, by_user, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    async insert(a) {
      insert.run(a.id, a.patientId, a.channel, a.direction, a.reached, a.outcome, a.attemptedOn, a.note, a.nextAttemptOn, a.purpose, a.targetId, a.by, a.recordedAt);
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return db.prepare<string[], Row>(`SELECT * FROM outreach_attempts WHERE patient_id IN (${ids.map(() => '?').join(',')}) ORDER BY attempted_on DESC, recorded_at DESC`).all(...ids).map(toAttempt);
    },
  };
}
