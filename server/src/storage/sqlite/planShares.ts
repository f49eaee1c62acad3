import type { PlanShareRecord, PlanShareRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const planSharesSchema = `
CREATE TABLE IF NOT EXISTS plan_shares (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, recipient TEXT NOT NULL, parts TEXT NOT NULL, format TEXT NOT NULL,
  plan_version_id TEXT, consent_version INTEGER NOT NULL, shared_by TEXT NOT NULL, shared_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS plan_shares_by_patient ON plan_shares (patient_id, shared_at);
-- What left the organization is a record: it is never rewritten, also not by a mistaken query.
CREATE TRIGGER IF NOT EXISTS plan_shares_no_update BEFORE UPDATE ON plan_shares BEGIN SELECT RAISE(ABORT, 'plan shares are immutable'); END;
CREATE TRIGGER IF NOT EXISTS plan_shares_no_delete BEFORE DELETE ON plan_shares BEGIN SELECT RAISE(ABORT, 'plan shares are immutable'); END;`;

interface Row {
  id: string; patient_id: string; recipient: string; parts: string; format: string; plan_version_id: string | null;
  consent_version: number; shared_by: string; shared_at: string;
}
const toShare = (r: Row): PlanShareRecord => ({
  id: r.id, patientId: r.patient_id, recipient: r.recipient, parts: r.parts, format: r.format, planVersionId: r.plan_version_id,
  consentVersion: r.consent_version, sharedBy: r.shared_by, sharedAt: r.shared_at,
});

/** Copies of the plan sent to providers, in the embedded store. */
export function sqlitePlanShares(db: SqliteDb): PlanShareRepository {
  const insert = db.prepare(`INSERT INTO plan_shares (id, patient_id, recipient, parts, format, plan_version_id, consent_version, shared_by, shared_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const list = db.prepare<[string], Row>('SELECT * FROM plan_shares WHERE patient_id = ? ORDER BY shared_at DESC, rowid DESC');
  return {
    async insert(s) {
      insert.run(s.id, s.patientId, s.recipient, s.parts, s.format, s.planVersionId, s.consentVersion, s.sharedBy, s.sharedAt);
    },
    async listForPatient(patientId) {
      return isKey(patientId) ? list.all(patientId).map(toShare) : [];
    },
  };
}
