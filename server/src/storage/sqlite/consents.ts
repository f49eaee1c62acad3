import { DuplicateKeyError, type ConsentRecord, type ConsentRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const consentsSchema = `
CREATE TABLE IF NOT EXISTS consents (
  patient_id TEXT NOT NULL, version INTEGER NOT NULL, preferences TEXT NOT NULL, method TEXT NOT NULL, given_on TEXT NOT NULL,
  note TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL,
  PRIMARY KEY (patient_id, version)
);`;

interface Row { patient_id: string; version: number; preferences: string; method: string; given_on: string; note: string; recorded_by: string; recorded_at: string }
const toConsent = (r: Row): ConsentRecord => ({
  patientId: r.patient_id, version: r.version, preferences: r.preferences, method: r.method, givenOn: r.given_on, note: r.note,
  recordedBy: r.recorded_by, recordedAt: r.recorded_at,
});

/** Consent versions in the embedded store. */
export function sqliteConsents(db: SqliteDb): ConsentRepository {
  const insert = db.prepare('INSERT INTO consents (patient_id, version, preferences, method, given_on, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const all = db.prepare<[string], Row>('SELECT * FROM consents WHERE patient_id = ? ORDER BY version DESC');
  const latest = db.prepare<[string], Row>('SELECT * FROM consents WHERE patient_id = ? ORDER BY version DESC LIMIT 1');
  return {
    async append(c) {
      try {
        insert.run(c.patientId, c.version, c.preferences, c.method, c.givenOn, c.note, c.recordedBy, c.recordedAt);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('consent version');
        throw error;
      }
    },
    async latest(patientId) {
      if (!isKey(patientId)) return null;
      const row = latest.get(patientId);
      return row ? toConsent(row) : null;
    },
    async history(patientId) {
      return isKey(patientId) ? all.all(patientId).map(toConsent) : [];
    },
  };
}
