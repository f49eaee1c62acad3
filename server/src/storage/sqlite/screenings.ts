import type { RiskChangeRecord, ScreeningRecord, ScreeningRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const screeningsSchema = `
CREATE TABLE IF NOT EXISTS screenings (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, status TEXT NOT NULL, amends_id TEXT, started_by TEXT NOT NULL, started_at TEXT NOT NULL,
  completed_by TEXT, completed_at TEXT, answers TEXT, outcome TEXT, needs TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS screenings_by_patient ON screenings (patient_id, started_at);
-- A completed screening is immutable, also against a mistaken query: only the coordinator's decisions on its needs change.
CREATE TRIGGER IF NOT EXISTS screenings_completed_immutable BEFORE UPDATE OF status, answers, outcome, completed_by, completed_at ON screenings
  WHEN OLD.status = 'completed' BEGIN SELECT RAISE(ABORT, 'completed screenings are immutable'); END;
CREATE TRIGGER IF NOT EXISTS screenings_no_delete BEFORE DELETE ON screenings BEGIN SELECT RAISE(ABORT, 'screenings are never deleted'); END;
CREATE TABLE IF NOT EXISTS risk_changes (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, from_level TEXT, to_level TEXT NOT NULL, reason TEXT NOT NULL, by_user TEXT NOT NULL, at TEXT NOT NULL, screening_id TEXT
);
CREATE INDEX IF NOT EXISTS risk_changes_by_patient ON risk_changes (patient_id, at);
CREATE TRIGGER IF NOT EXISTS risk_changes_no_update BEFORE UPDATE ON risk_changes BEGIN SELECT RAISE(ABORT, 'risk history is append-only'); END;`;

interface Row {
  id: string; patient_id: string; status: ScreeningRecord['status']; amends_id: string | null; started_by: string; started_at: string;
  completed_by: string | null; completed_at: string | null; answers: string | null; outcome: string | null; needs: string;
}
interface RiskRow { id: string; patient_id: string; from_level: RiskChangeRecord['from']; to_level: RiskChangeRecord['to']; reason: string; by_user: string; at: string; screening_id: string | null }

const toScreening = (r: Row): ScreeningRecord => ({
  id: r.id, patientId: r.patient_id, status: r.status, amendsId: r.amends_id, startedBy: r.started_by, startedAt: r.started_at,
  completedBy: r.completed_by, completedAt: r.completed_at, answers: r.answers, outcome: r.outcome, needs: r.needs,
});
const toChange = (r: RiskRow): RiskChangeRecord => ({ id: r.id, patientId: r.patient_id, from: r.from_level, to: r.to_level, reason: r.reason, by: r.by_user, at: r.at, screeningId: r.screening_id });

/** Screenings and risk history in the embedded store. */
export function sqliteScreenings(db: SqliteDb): ScreeningRepository {
  const insert = db.prepare(`INSERT INTO screenings (id, patient_id, status, amends_id, started_by, started_at, completed_by, completed_at, answers, outcome, needs)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const complete = db.prepare(`UPDATE screenings SET status = 'completed', completed_by = ?, completed_at = ?, answers = ?, outcome = ?, needs = ?
    WHERE id = ? AND status = 'in_progress'`);
  const one = db.prepare<[string, string], Row>('SELECT * FROM screenings WHERE patient_id = ? AND id = ?');
  const list = db.prepare<[string], Row>('SELECT * FROM screenings WHERE patient_id = ? ORDER BY started_at DESC, id DESC');
  const setNeeds = db.prepare('UPDATE screenings SET needs = ? WHERE id = ?');
  const insertChange = db.prepare('INSERT INTO risk_changes (id, patient_id, from_level, to_level, reason, by_user, at, screening_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const setRisk = db.prepare('UPDATE patients SET risk_level = ?, risk_set_by = ?, risk_set_at = ? WHERE id = ?');
  const history = db.prepare<[string], RiskRow>('SELECT * FROM risk_changes WHERE patient_id = ? ORDER BY at DESC, rowid DESC');
  const recordChange = db.transaction((c: RiskChangeRecord) => {
    insertChange.run(c.id, c.patientId, c.from, c.to, c.reason, c.by, c.at, c.screeningId);
    setRisk.run(c.to, c.by, c.at, c.patientId);
  });
  return {
    async start(s) {
      insert.run(s.id, s.patientId, s.status, s.amendsId, s.startedBy, s.startedAt, s.completedBy, s.completedAt, s.answers, s.outcome, s.needs);
    },
    async complete(id, c) {
      return complete.run(c.completedBy, c.completedAt, c.answers, c.outcome, c.needs, id).changes === 1;
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = one.get(patientId, id);
      return row ? toScreening(row) : null;
    },
    async listForPatient(patientId) {
      return isKey(patientId) ? list.all(patientId).map(toScreening) : [];
    },
    async setNeeds(id, needs) {
      setNeeds.run(needs, id);
    },
    async recordRiskChange(change) {
      recordChange(change);
    },
    async riskHistory(patientId) {
      return isKey(patientId) ? history.all(patientId).map(toChange) : [];
    },
  };
}
