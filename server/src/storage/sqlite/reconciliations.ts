import type { ReconciliationRecord, ReconciliationRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const reconciliationsSchema = `
CREATE TABLE IF NOT EXISTS reconciliations (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed')),
  data TEXT NOT NULL, revision INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reconciliations_by_patient ON reconciliations (patient_id, created_at);
-- A completed reconciliation is a signed record: immutable, also against a mistaken query.
CREATE TRIGGER IF NOT EXISTS reconciliations_completed_no_update BEFORE UPDATE ON reconciliations WHEN OLD.status = 'completed'
  BEGIN SELECT RAISE(ABORT, 'completed reconciliations are immutable'); END;
CREATE TRIGGER IF NOT EXISTS reconciliations_no_delete BEFORE DELETE ON reconciliations
  BEGIN SELECT RAISE(ABORT, 'reconciliations are never deleted'); END;`;

interface Row { id: string; patient_id: string; status: ReconciliationRecord['status']; data: string; revision: number; created_at: string; updated_at: string }
const toRecord = (r: Row): ReconciliationRecord => ({
  id: r.id, patientId: r.patient_id, status: r.status, data: r.data, revision: r.revision, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Medication reconciliations in the embedded store. */
export function sqliteReconciliations(db: SqliteDb): ReconciliationRepository {
  const insert = db.prepare('INSERT INTO reconciliations (id, patient_id, status, data, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const one = db.prepare<[string, string], Row>('SELECT * FROM reconciliations WHERE patient_id = ? AND id = ?');
  const list = db.prepare<[string], Row>('SELECT * FROM reconciliations WHERE patient_id = ? ORDER BY created_at DESC, id');
  // The WHERE clause is the concurrency check: a stale revision or a completed row matches nothing.
  const update = db.prepare(`UPDATE reconciliations SET data = ?, status = ?, updated_at = ?, revision = revision + 1
    WHERE id = ? AND revision = ? AND status <> 'completed'`);
  return {
    async insert(r) {
      insert.run(r.id, r.patientId, r.status, r.data, r.revision, r.createdAt, r.updatedAt);
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = one.get(patientId, id);
      return row ? toRecord(row) : null;
    },
    async listForPatient(patientId) {
      if (!isKey(patientId)) return [];
      return list.all(patientId).map(toRecord);
    },
    async update(id, change, expectedRevision) {
      if (!isKey(id)) return false;
      return update.run(change.data, change.status, change.updatedAt, id, expectedRevision).changes === 1;
    },
  };
}
