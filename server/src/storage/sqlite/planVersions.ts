import type { PlanApprovalRecord, PlanVersionRecord, PlanVersionRepository } from '../port';
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
CREATE TRIGGER IF NOT EXISTS plan_versions_no_delete BEFORE DELETE ON plan_versions BEGIN SELECT RAISE(ABORT, 'signed plan versions are immutable'); END;
-- The member's approvals: one per member and version, part of the plan's history (never changed).
CREATE TABLE IF NOT EXISTS plan_approvals (
  version_id TEXT NOT NULL, approved_by TEXT NOT NULL, patient_id TEXT NOT NULL, approved_at TEXT NOT NULL,
  PRIMARY KEY (version_id, approved_by)
);
CREATE INDEX IF NOT EXISTS plan_approvals_by_patient ON plan_approvals (patient_id, approved_at);
CREATE TRIGGER IF NOT EXISTS plan_approvals_no_update BEFORE UPDATE ON plan_approvals BEGIN SELECT RAISE(ABORT, 'plan approvals are immutable'); END;`;

interface ApprovalRow { version_id: string; approved_by: string; patient_id: string; approved_at: string }

interface VersionRow { id: string; patient_id: string; title: string; signed_by: string; signed_at: string; states: string }

const meta = (r: VersionRow) => ({ id: r.id, patientId: r.patient_id, title: r.title, signedBy: r.signed_by, signedAt: r.signed_at });

/** Signed plan versions in the embedded store; states are kept as base64 JSON. */
export function sqlitePlanVersions(db: SqliteDb): PlanVersionRepository {
  const insert = db.prepare('INSERT INTO plan_versions (id, patient_id, title, signed_by, signed_at, states) VALUES (?, ?, ?, ?, ?, ?)');
  const list = db.prepare<[string], VersionRow>('SELECT * FROM plan_versions WHERE patient_id = ? ORDER BY signed_at DESC');
  const one = db.prepare<[string, string], VersionRow>('SELECT * FROM plan_versions WHERE patient_id = ? AND id = ?');
  const insertApproval = db.prepare('INSERT OR IGNORE INTO plan_approvals (version_id, approved_by, patient_id, approved_at) VALUES (?, ?, ?, ?)');
  const approvals = db.prepare<[string], ApprovalRow>('SELECT * FROM plan_approvals WHERE patient_id = ? ORDER BY approved_at');
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
    async approve(a: PlanApprovalRecord) {
      return insertApproval.run(a.versionId, a.approvedBy, a.patientId, a.approvedAt).changes === 1;
    },
    async approvals(patientId) {
      return approvals.all(patientId).map((r) => ({ patientId: r.patient_id, versionId: r.version_id, approvedBy: r.approved_by, approvedAt: r.approved_at }));
    },
  };
}
