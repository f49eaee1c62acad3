import { TaskPrioritySchema, TaskSourceSchema, TaskStatusSchema, TrackingCategorySchema } from '@carehuddle/shared';
import type { TaskRecord, TaskRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const tasksSchema = `
CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, title TEXT NOT NULL, owner_id TEXT NOT NULL, due_date TEXT NOT NULL, status TEXT NOT NULL,
  priority TEXT NOT NULL, source TEXT NOT NULL, source_label TEXT NOT NULL, link TEXT NOT NULL, category TEXT NOT NULL, handoff_note TEXT NOT NULL,
  goal_id TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_by_patient ON tasks (patient_id, created_at);`;

interface Row {
  id: string; patient_id: string; title: string; owner_id: string; due_date: string; status: string; priority: string; source: string; source_label: string;
  link: string; category: string; handoff_note: string; goal_id: string | null; created_by: string; created_at: string; updated_at: string;
}
// Unknown values read as the safest ones: the strictest audience, an open task.
const toTask = (r: Row): TaskRecord => ({
  id: r.id, patientId: r.patient_id, title: r.title, ownerId: r.owner_id, dueDate: r.due_date, status: TaskStatusSchema.catch('open').parse(r.status),
  priority: TaskPrioritySchema.catch('normal').parse(r.priority), source: TaskSourceSchema.catch('plan_intervention').parse(r.source), sourceLabel: r.source_label,
  link: r.link, category: TrackingCategorySchema.catch('substanceUse').parse(r.category), handoffNote: r.handoff_note, goalId: r.goal_id,
  createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at,
});
/** Port field → column, for the fields an update may change. */
const COLUMNS = { title: 'title', ownerId: 'owner_id', dueDate: 'due_date', status: 'status', priority: 'priority', handoffNote: 'handoff_note', goalId: 'goal_id', updatedAt: 'updated_at' } as const;

/** The team's tasks in the embedded store. */
export function sqliteTasks(db: SqliteDb): TaskRepository {
  const insert = db.prepare(`INSERT INTO tasks (id, patient_id, title, owner_id, due_date, status, priority, source, source_label, link, category, handoff_note, goal_id, created_by, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const one = db.prepare<[string, string], Row>('SELECT * FROM tasks WHERE patient_id = ? AND id = ?');
  return {
    async insert(t) {
      insert.run(t.id, t.patientId, t.title, t.ownerId, t.dueDate, t.status, t.priority, t.source, t.sourceLabel, t.link, t.category, t.handoffNote, t.goalId, t.createdBy, t.createdAt, t.updatedAt);
    },
    async find(patientId, id) {
      if (!isKey(patientId) || !isKey(id)) return null;
      const row = one.get(patientId, id);
      return row ? toTask(row) : null;
    },
    async update(id, change) {
      const keys = (Object.keys(change) as Array<keyof typeof COLUMNS>).filter((k) => k in COLUMNS && change[k] !== undefined);
      db.prepare(`UPDATE tasks SET ${keys.map((k) => `${COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`).run(...keys.map((k) => change[k] ?? null), id);
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return db.prepare<string[], Row>(`SELECT * FROM tasks WHERE patient_id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at, id`).all(...ids).map(toTask);
    },
  };
}
