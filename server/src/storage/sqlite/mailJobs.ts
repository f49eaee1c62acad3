import type { MailJobRecord, MailJobRepository, MailJobStatus } from '../port';
import { isKey, type SqliteDb } from './database';

export const mailJobsSchema = `
CREATE TABLE IF NOT EXISTS mail_jobs (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, dedupe_key TEXT NOT NULL UNIQUE, message_id TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
  status TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at TEXT NOT NULL, lease_owner TEXT, lease_until TEXT, last_error TEXT,
  created_at TEXT NOT NULL, sent_at TEXT
);
CREATE INDEX IF NOT EXISTS mail_jobs_due ON mail_jobs (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS mail_jobs_by_user ON mail_jobs (user_id, status);`;

interface Row {
  id: string; user_id: string; dedupe_key: string; message_id: string; subject: string; body: string; status: MailJobStatus; attempts: number;
  next_attempt_at: string; lease_owner: string | null; lease_until: string | null; last_error: string | null; created_at: string; sent_at: string | null;
}
const toJob = (r: Row): MailJobRecord => ({
  id: r.id, userId: r.user_id, dedupeKey: r.dedupe_key, messageId: r.message_id, subject: r.subject, body: r.body, status: r.status,
  attempts: r.attempts, nextAttemptAt: r.next_attempt_at, leaseOwner: r.lease_owner, leaseUntil: r.lease_until, lastError: r.last_error,
  createdAt: r.created_at, sentAt: r.sent_at,
});

/** The e-mail queue in the embedded store; a claim is one transaction. */
export function sqliteMailJobs(db: SqliteDb): MailJobRepository {
  const insert = db.prepare(`INSERT OR IGNORE INTO mail_jobs (id, user_id, dedupe_key, message_id, subject, body, status, attempts, next_attempt_at,
    lease_owner, lease_until, last_error, created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const due = db.prepare<[string, string, number], Row>(`SELECT * FROM mail_jobs WHERE status = 'pending' AND next_attempt_at <= ?
    AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, id LIMIT ?`);
  const lease = db.prepare('UPDATE mail_jobs SET lease_owner = ?, lease_until = ? WHERE id = ?');
  const sent = db.prepare(`UPDATE mail_jobs SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_owner = NULL, lease_until = NULL
    WHERE id = ? AND lease_owner = ? AND status = 'pending'`);
  const retry = db.prepare(`UPDATE mail_jobs SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL
    WHERE id = ? AND lease_owner = ? AND status = 'pending'`);
  const byId = db.prepare<[string], Row>('SELECT * FROM mail_jobs WHERE id = ?');
  const pending = db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM mail_jobs WHERE user_id = ? AND status = 'pending'");
  const prune = db.prepare("DELETE FROM mail_jobs WHERE status IN ('sent', 'failed') AND created_at < ?");
  const claim = db.transaction((now: string, owner: string, until: string, limit: number): MailJobRecord[] =>
    due.all(now, now, limit).map((row) => {
      lease.run(owner, until, row.id);
      return toJob({ ...row, lease_owner: owner, lease_until: until });
    }));
  return {
    async enqueue(j) {
      return insert.run(j.id, j.userId, j.dedupeKey, j.messageId, j.subject, j.body, j.status, j.attempts, j.nextAttemptAt,
        j.leaseOwner, j.leaseUntil, j.lastError, j.createdAt, j.sentAt).changes === 1;
    },
    async claimDue(now, owner, leaseUntil, limit) {
      // IMMEDIATE: it reads before it writes (see careTeams.ts).
      return claim.immediate(now, owner, leaseUntil, limit);
    },
    async markSent(id, owner, at) {
      return isKey(id) && sent.run(at, id, owner).changes === 1;
    },
    async retryLater(id, owner, r) {
      return isKey(id) && retry.run(r.status, r.attempts, r.nextAttemptAt, r.lastError, id, owner).changes === 1;
    },
    async find(id) {
      const row = isKey(id) ? byId.get(id) : undefined;
      return row ? toJob(row) : null;
    },
    async countPending(userId) {
      return isKey(userId) ? pending.get(userId)!.n : 0;
    },
    async pruneFinished(before) {
      return prune.run(before).changes;
    },
  };
}
