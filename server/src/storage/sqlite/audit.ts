import type { AuditRecord, AuditRepository } from '../port';
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
CREATE INDEX IF NOT EXISTS audit_by_user ON audit_events (user_id, seq);`;

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

/**
 * The audit trail in the embedded store. Appends go through the writer, which
 * reads the chain head and appends inside its transaction and commits them
 * with everything else of the same window; each append still resolves only
 * once committed, so callers stay fail-closed.
 */
export function sqliteAudit(db: SqliteDb, writer: SqliteWriter): AuditRepository {
  const all = db.prepare<[number], AuditRow>('SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT 1000');
  return {
    async append(event) {
      return writer.run('audit.append', event);
    },
    async list(q) {
      const where: string[] = ['seq > @afterSeq'];
      if (q.patientId !== undefined) where.push('patient_id = @patientId');
      if (q.userId !== undefined) where.push('user_id = @userId');
      return db
        .prepare<Record<string, unknown>, AuditRow>(`SELECT * FROM audit_events WHERE ${where.join(' AND ')} ORDER BY seq LIMIT @limit`)
        .all({ afterSeq: q.afterSeq ?? 0, patientId: q.patientId, userId: q.userId, limit: q.limit })
        .map(fromRow);
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
