import { DuplicateKeyError, type PlanTemplateRecord, type PlanTemplateRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const planTemplatesSchema = `
CREATE TABLE IF NOT EXISTS plan_templates (
  id TEXT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL, data TEXT NOT NULL, created_by TEXT, created_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
-- A version an applied plan names must never change.
CREATE TRIGGER IF NOT EXISTS plan_templates_no_update BEFORE UPDATE ON plan_templates BEGIN SELECT RAISE(ABORT, 'template versions are immutable'); END;
CREATE TRIGGER IF NOT EXISTS plan_templates_no_delete BEFORE DELETE ON plan_templates BEGIN SELECT RAISE(ABORT, 'template versions are immutable'); END;`;

interface Row { id: string; version: number; title: string; data: string; created_by: string | null; created_at: string }
const toRecord = (r: Row): PlanTemplateRecord => ({ id: r.id, version: r.version, title: r.title, data: r.data, createdBy: r.created_by, createdAt: r.created_at });

/** Plan template versions in the embedded store. */
export function sqlitePlanTemplates(db: SqliteDb): PlanTemplateRepository {
  const insert = db.prepare('INSERT INTO plan_templates (id, version, title, data, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const one = db.prepare<[string, number], Row>('SELECT * FROM plan_templates WHERE id = ? AND version = ?');
  const newest = db.prepare<[string], Row>('SELECT * FROM plan_templates WHERE id = ? ORDER BY version DESC LIMIT 1');
  const latest = db.prepare<[], Row>(`SELECT t.* FROM plan_templates t
    WHERE t.version = (SELECT MAX(version) FROM plan_templates WHERE id = t.id) ORDER BY t.title, t.id`);
  return {
    async insertVersion(t) {
      try {
        insert.run(t.id, t.version, t.title, t.data, t.createdBy, t.createdAt);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateKeyError('template version');
        throw error;
      }
    },
    async find(id, version) {
      if (!isKey(id)) return null;
      const row = version === undefined ? newest.get(id) : one.get(id, version);
      return row ? toRecord(row) : null;
    },
    async listLatest() {
      return latest.all().map(toRecord);
    },
  };
}
