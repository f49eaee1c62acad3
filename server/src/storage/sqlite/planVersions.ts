import type { PlanVersionRecord, PlanVersionRepository } from '../port';
import type { SqliteDb } from './database';

export const planVersionsSchema = `
CREATE TABLE IF NOT EXISTS plan_versions (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL,
  title TEXT NOT NULL,
  signed_by TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  states TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS plan_versions_by_patient ON plan_versions (patient_id, signed_at);
-- Signed versions are immutable, also against a mistaken query.
CREATE TRIGGER IF NOT EXISTS plan_versions_no_update BEFORE UPDATE ON plan_versions BEGIN SELECT RAISE(ABORT, 'signed plan versions are immutable'); END;
CREATE TRIGGER IF NOT EXISTS plan_versions_no_delete BEFORE DELETE ON plan_versions BEGIN SELECT RAISE(ABORT, 'signed plan versions are immutable'); END;`;

interface VersionRow { id: string; patient_id: string; title: string; signed_by: string; signed_at: string; states: string }

const meta = (r: VersionRow) => ({ id: r.id, patientId: r.patient_id, title: r.title, signedBy: r.signed_by, signedAt: r.signed_at });

/** Signed plan versions in the embedded store; states are kept as base64 JSON. */
export function sqlitePlanVersions(db: SqliteDb): PlanVersionRepository {
  const insert = db.prepare('INSERT INTO plan_versions (id, patient_id, title, signed_by, signed_at, states) VALUES (?, ?, ?, ?, ?, ?)');
  const list = db.prepare<[string], VersionRow>('SELECT * FROM plan_versions WHERE patient_id = ? ORDER BY signed_at DESC');
  const one = db.prepare<[string, string], VersionRow>('SELECT * FROM plan_versions WHERE patient_id = ? AND id = ?');
  return {
    async create(v: PlanVersionRecord) {
      const states = Object.fromEntries(Object.entries(v.states).map(([k, bytes]) => [k, Buffer.from(bytes).toString('base64')]));
      insert.run(v.id, v.patientId, v.title, v.signedBy, v.signedAt, JSON.stringify(states));
    },
    async listForPatient(patientId) {
      return list.all(patientId).map(meta);
    },
    async find(patientId, id) {
      const row = one.get(patientId, id);
      if (!row) return null;
      const encoded = JSON.parse(row.states) as Record<string, string>;
      return { ...meta(row), states: Object.fromEntries(Object.entries(encoded).map(([k, b64]) => [k, new Uint8Array(Buffer.from(b64, 'base64'))])) };
    },
  };
}
