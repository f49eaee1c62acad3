import type { NotificationKind } from '@carehuddle/shared';
import type { NotificationPreferencesRecord, NotificationRecord, NotificationRepository } from '../port';
import { isKey, type SqliteDb } from './database';

export const notificationsSchema = `
CREATE TABLE IF NOT EXISTS notifications (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, patient_id TEXT, actor_id TEXT, subject_id TEXT,
  dedupe_key TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, read_at TEXT
);
CREATE INDEX IF NOT EXISTS notifications_by_user ON notifications (user_id, created_at);
CREATE INDEX IF NOT EXISTS notifications_by_expiry ON notifications (expires_at);
CREATE TABLE IF NOT EXISTS notification_preferences (
  user_id TEXT PRIMARY KEY, email_mentions INTEGER NOT NULL, email_family_messages INTEGER NOT NULL, email_digest INTEGER NOT NULL,
  digest_time TEXT NOT NULL, time_zone TEXT NOT NULL, updated_at TEXT NOT NULL
);`;

interface Row {
  id: string; user_id: string; kind: NotificationKind; patient_id: string | null; actor_id: string | null; subject_id: string | null;
  dedupe_key: string; created_at: string; expires_at: string; read_at: string | null;
}
const toNotification = (r: Row): NotificationRecord => ({
  id: r.id, userId: r.user_id, kind: r.kind, patientId: r.patient_id, actorId: r.actor_id, subjectId: r.subject_id,
  dedupeKey: r.dedupe_key, createdAt: r.created_at, expiresAt: r.expires_at, readAt: r.read_at,
});

interface PreferencesRow {
  user_id: string; email_mentions: number; email_family_messages: number; email_digest: number; digest_time: string; time_zone: string; updated_at: string;
}
const toPreferences = (r: PreferencesRow): NotificationPreferencesRecord => ({
  userId: r.user_id, emailMentions: r.email_mentions === 1, emailFamilyMessages: r.email_family_messages === 1, emailDigest: r.email_digest === 1,
  digestTime: r.digest_time, timeZone: r.time_zone, updatedAt: r.updated_at,
});

/** Notification centers and preferences in the embedded store. */
export function sqliteNotifications(db: SqliteDb): NotificationRepository {
  const insert = db.prepare(`INSERT OR IGNORE INTO notifications (id, user_id, kind, patient_id, actor_id, subject_id, dedupe_key, created_at, expires_at, read_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Ordered by time, then id, so that "the oldest" is the same on every run.
  const trim = db.prepare(`DELETE FROM notifications WHERE user_id = ? AND id NOT IN
    (SELECT id FROM notifications WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?)`);
  const list = db.prepare<[string, string, number], Row>('SELECT * FROM notifications WHERE user_id = ? AND expires_at > ? ORDER BY created_at DESC, id DESC LIMIT ?');
  const readOne = db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL');
  const readAll = db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL');
  const expired = db.prepare('DELETE FROM notifications WHERE expires_at <= ?');
  const preferences = db.prepare<[string], PreferencesRow>('SELECT * FROM notification_preferences WHERE user_id = ?');
  const allPreferences = db.prepare<[], PreferencesRow>('SELECT * FROM notification_preferences ORDER BY user_id');
  const savePreferences = db.prepare(`INSERT INTO notification_preferences (user_id, email_mentions, email_family_messages, email_digest, digest_time, time_zone, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET email_mentions = excluded.email_mentions,
    email_family_messages = excluded.email_family_messages, email_digest = excluded.email_digest, digest_time = excluded.digest_time,
    time_zone = excluded.time_zone, updated_at = excluded.updated_at`);
  const insertCapped = db.transaction((n: NotificationRecord, cap: number): boolean => {
    const stored = insert.run(n.id, n.userId, n.kind, n.patientId, n.actorId, n.subjectId, n.dedupeKey, n.createdAt, n.expiresAt, n.readAt).changes === 1;
    if (stored) trim.run(n.userId, n.userId, cap);
    return stored;
  });
  return {
    async insert(notification, cap) {
      return insertCapped(notification, cap);
    },
    async listForUser(userId, now, limit) {
      return isKey(userId) ? list.all(userId, now, limit).map(toNotification) : [];
    },
    async markRead(userId, id, at) {
      return isKey(userId) && isKey(id) && readOne.run(at, userId, id).changes === 1;
    },
    async markAllRead(userId, at) {
      return isKey(userId) ? readAll.run(at, userId).changes : 0;
    },
    async deleteExpired(now) {
      return expired.run(now).changes;
    },
    async preferences(userId) {
      const row = isKey(userId) ? preferences.get(userId) : undefined;
      return row ? toPreferences(row) : null;
    },
    async setPreferences(p) {
      savePreferences.run(p.userId, p.emailMentions ? 1 : 0, p.emailFamilyMessages ? 1 : 0, p.emailDigest ? 1 : 0, p.digestTime, p.timeZone, p.updatedAt);
    },
    async listPreferences() {
      return allPreferences.all().map(toPreferences);
    },
  };
}
