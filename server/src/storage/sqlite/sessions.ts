import type { SessionRecord, SessionRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const sessionsSchema = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_active_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);`;

interface SessionRow { id: string; user_id: string; created_at: string; last_active_at: string; expires_at: string }

/** Sessions in the embedded store. */
export function sqliteSessions(db: SqliteDb): SessionRepository {
  const insert = db.prepare('INSERT INTO sessions (id, user_id, created_at, last_active_at, expires_at) VALUES (?, ?, ?, ?, ?)');
  const byId = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const touch = db.prepare('UPDATE sessions SET last_active_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const ofUser = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE user_id = ?');
  const removeAll = db.transaction((userId: string, keep: string | undefined) => {
    const ids = ofUser.all(userId).map((r) => r.id).filter((id) => id !== keep);
    for (const id of ids) remove.run(id);
    return ids;
  });
  return {
    async create(s: SessionRecord) {
      insert.run(s.id, s.userId, s.createdAt, s.lastActiveAt, s.expiresAt);
    },
    async findById(id) {
      if (!isKey(id)) return null;
      const r = byId.get(id);
      return r ? { id: r.id, userId: r.user_id, createdAt: r.created_at, lastActiveAt: r.last_active_at, expiresAt: r.expires_at } : null;
    },
    async touch(id, lastActiveAt) {
      touch.run(lastActiveAt, id);
    },
    async delete(id) {
      remove.run(id);
    },
    async deleteForUser(userId, keep) {
      // IMMEDIATE: it reads before it writes (see careTeams.ts).
      return isKey(userId) ? removeAll.immediate(userId, keep) : [];
    },
  };
}
