import type { TrackedItemRecord, TrackingRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const trackingSchema = `
CREATE TABLE IF NOT EXISTS tracked_items (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL, owner_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tracked_items_by_patient ON tracked_items (patient_id);`;

interface Row { id: string; patient_id: string; kind: string; data: string; owner_id: string | null; created_at: string; updated_at: string }
const toItem = (r: Row): TrackedItemRecord => ({ id: r.id, patientId: r.patient_id, kind: r.kind, data: r.data, ownerId: r.owner_id, createdAt: r.created_at, updatedAt: r.updated_at });

/** Tracked coordination items in the embedded store. */
export function sqliteTracking(db: SqliteDb): TrackingRepository {
  const insert = db.prepare('INSERT INTO tracked_items (id, patient_id, kind, data, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const one = db.prepare<[string, string], Row>('SELECT * FROM tracked_items WHERE patient_id = ? AND id = ?');
  const update = db.prepare('UPDATE tracked_items SET data = ?, updated_at = ? WHERE id = ?');
  return {
    async insert(i) {
      insert.run(i.id, i.patientId, i.kind, i.data, i.ownerId, i.createdAt, i.updatedAt);
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = one.get(patientId, id);
      return row ? toItem(row) : null;
    },
    async update(id, data, updatedAt) {
      update.run(data, updatedAt, id);
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return db.prepare<string[], Row>(`SELECT * FROM tracked_items WHERE patient_id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at`).all(...ids).map(toItem);
    },
  };
}
