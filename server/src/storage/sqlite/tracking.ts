import { TrackingCategorySchema } from '@carehuddle/shared';
import type { TrackedItemRecord, TrackingRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const trackingSchema = `
CREATE TABLE IF NOT EXISTS tracked_items (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, kind TEXT NOT NULL, category TEXT NOT NULL DEFAULT 'clinical', data TEXT NOT NULL, owner_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tracked_items_by_patient ON tracked_items (patient_id);`;

interface Row { id: string; patient_id: string; kind: string; category: string; data: string; owner_id: string | null; created_at: string; updated_at: string }
// A category the schema does not know is read as the strictest one: it reaches fewer people, never more.
const categoryOf = (value: string) => TrackingCategorySchema.catch('substanceUse').parse(value);
const toItem = (r: Row): TrackedItemRecord => ({
  id: r.id, patientId: r.patient_id, kind: r.kind, category: categoryOf(r.category), data: r.data, ownerId: r.owner_id, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Stores made before items had a category get the column; their items were all clinical. */
function addCategoryColumn(db: SqliteDb): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(tracked_items)').all();
  if (!columns.some((c) => c.name === 'category')) db.exec("ALTER TABLE tracked_items ADD COLUMN category TEXT NOT NULL DEFAULT 'clinical'");
}

/** Tracked coordination items in the embedded store. */
export function sqliteTracking(db: SqliteDb): TrackingRepository {
  addCategoryColumn(db);
  const insert = db.prepare('INSERT INTO tracked_items (id, patient_id, kind, category, data, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const one = db.prepare<[string, string], Row>('SELECT * FROM tracked_items WHERE patient_id = ? AND id = ?');
  const update = db.prepare('UPDATE tracked_items SET data = ?, updated_at = ? WHERE id = ?');
  const setOwner = db.prepare('UPDATE tracked_items SET owner_id = ?, updated_at = ? WHERE id = ?');
  return {
    async insert(i) {
      insert.run(i.id, i.patientId, i.kind, i.category, i.data, i.ownerId, i.createdAt, i.updatedAt);
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = one.get(patientId, id);
      return row ? toItem(row) : null;
    },
    async update(id, data, updatedAt) {
      update.run(data, updatedAt, id);
    },
    async setOwner(id, ownerId, updatedAt) {
      if (isKey(id)) setOwner.run(ownerId, updatedAt, id);
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return db.prepare<string[], Row>(`SELECT * FROM tracked_items WHERE patient_id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at`).all(...ids).map(toItem);
    },
  };
}
