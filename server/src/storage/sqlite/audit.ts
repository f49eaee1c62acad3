import type { AuditQuery, AuditRecord, AuditRepository } from '../port';
import type { SqliteDb } from './database';
import type { SqliteWriter } from './writer/sqliteWriter';

export const auditSchema = `
CREATE TABLE IF NOT EXISTS audit_events (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  role TEXT,
  patient_id TEXT,
  action TEXT NOT NULL,
  type TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT,
  category TEXT,
  outcome TEXT NOT NULL,
  ip TEXT,
  session_id TEXT,
  reason TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_patient ON audit_events (patient_id, seq);
CREATE INDEX IF NOT EXISTS audit_by_user ON audit_events (user_id, seq);
CREATE INDEX IF NOT EXISTS audit_by_time ON audit_events (at, seq);
CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;`;

interface AuditRow {
  seq: number; at: string; user_id: string | null; role: string | null; patient_id: string | null;
  action: AuditRecord['action']; type: string; resource_type: string; resource_id: string | null;
  category: string | null; outcome: AuditRecord['outcome']; ip: string | null; session_id: string | null;
  reason: string | null; prev_hash: string; hash: string;
}

function fromRow(r: AuditRow): AuditRecord {
  return {
    seq: r.seq, at: r.at, userId: r.user_id, role: r.role, patientId: r.patient_id, action: r.action,
    type: r.type, resourceType: r.resource_type, resourceId: r.resource_id, category: r.category,
    outcome: r.outcome, ip: r.ip, sessionId: r.session_id, reason: r.reason, prevHash: r.prev_hash, hash: r.hash,
  };
}

/** Builds the WHERE clause of a filtered read; categories are bound as numbered parameters. */
function listSql(q: AuditQuery): { sql: string; params: Record<string, unknown> } {
  const where: string[] = ['seq > @afterSeq'];
  const params: Record<string, unknown> = { afterSeq: q.afterSeq ?? 0, limit: q.limit };
  const filters: Array<[keyof AuditQuery, string]> = [['patientId', 'patient_id = @patientId'], ['userId', 'user_id = @userId'], ['from', 'at >= @from'], ['to', 'at < @to']];
  for (const [field, clause] of filters) {
    if (q[field] === undefined) continue;
    where.push(clause);
    params[field] = q[field];
  }
  const excluded = q.excludeCategories ?? [];
  excluded.forEach((c, i) => {
    // A category and its sub-categories: `substanceUse` also hides `substanceUse/entries`.
    params[`x${i}`] = c;
    where.push(`(category IS NULL OR NOT (category = @x${i} OR substr(category, 1, length(@x${i}) + 1) = @x${i} || '/'))`);
  });
  return { sql: `SELECT * FROM audit_events WHERE ${where.join(' AND ')} ORDER BY seq LIMIT @limit`, params };
}

/**
 * The audit trail in the embedded store. Appends go through the writer, which
 * reads the chain head, seals the new links with the audit key and appends
 * them inside its transaction, committed with everything else of the same
 * window; each append still resolves only once committed, so callers stay
 * fail-closed. Triggers refuse UPDATE and DELETE on the table.
 */
export function sqliteAudit(db: SqliteDb, writer: SqliteWriter): AuditRepository {
  const all = db.prepare<[number], AuditRow>('SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT 1000');
  return {
    async append(event) {
      return (await writer.run('audit.append', [event]))[0]!;
    },
    async appendMany(events) {
      return events.length === 0 ? [] : writer.run('audit.append', [...events]);
    },
    async list(q) {
      const { sql, params } = listSql(q);
      return db.prepare<Record<string, unknown>, AuditRow>(sql).all(params).map(fromRow);
    },
    async *iterateAll() {
      let after = 0;
      for (;;) {
        const page = all.all(after);
        if (page.length === 0) return;
        for (const row of page) yield fromRow(row);
        after = page[page.length - 1]!.seq;
      }
    },
  };
}
