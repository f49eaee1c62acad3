import type { SentActionRecord, SentActionRepository } from '../port';
import { isKey, isUniqueViolation, type SqliteDb } from './database';

export const sentActionsSchema = `
CREATE TABLE IF NOT EXISTS sent_actions (
  user_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, fingerprint TEXT NOT NULL, answer TEXT, created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS sent_actions_by_age ON sent_actions (created_at);`;

interface Row { user_id: string; idempotency_key: string; fingerprint: string; answer: string | null; created_at: string }
const toRecord = (r: Row): SentActionRecord => ({ userId: r.user_id, key: r.idempotency_key, fingerprint: r.fingerprint, answer: r.answer, createdAt: r.created_at });

/** Keys of sent actions in the embedded store. */
export function sqliteSentActions(db: SqliteDb): SentActionRepository {
  const insert = db.prepare('INSERT INTO sent_actions (user_id, idempotency_key, fingerprint, answer, created_at) VALUES (?, ?, ?, NULL, ?)');
  const byKey = db.prepare<[string, string], Row>('SELECT * FROM sent_actions WHERE user_id = ? AND idempotency_key = ?');
  const settle = db.prepare('UPDATE sent_actions SET answer = ? WHERE user_id = ? AND idempotency_key = ?');
  const release = db.prepare('DELETE FROM sent_actions WHERE user_id = ? AND idempotency_key = ? AND answer IS NULL');
  const prune = db.prepare('DELETE FROM sent_actions WHERE created_at < ?');
  return {
    async claim(r) {
      try {
        insert.run(r.userId, r.key, r.fingerprint, r.createdAt);
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async find(userId, key) {
      if (!isKey(userId) || !isKey(key)) return null;
      const row = byKey.get(userId, key);
      return row ? toRecord(row) : null;
    },
    async settle(userId, key, answer) {
      settle.run(answer, userId, key);
    },
    async release(userId, key) {
      release.run(userId, key);
    },
    async deleteOlderThan(before) {
      return prune.run(before).changes;
    },
  };
}
