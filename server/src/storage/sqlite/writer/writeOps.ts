import { chainAuditEvents, type AuditKey } from '../../auditChain';
import type { AttributionRecord, AuditEventInput, AuditRecord, DocumentUpdateInput } from '../../records';
import type { SearchEntryRecord } from '../../searchRecords';
import type { SqliteDb } from '../database';

/**
 * Every write the SQLite writer can run, by name, with its arguments and result.
 * Only plain data crosses the worker boundary, so a new kind of write is one
 * entry here and one handler below.
 */
export interface WriteOpMap {
  /** Appends a document's updates and, in the same savepoint, who changed which item. */
  'doc.append': { args: { name: string; updates: DocumentUpdateInput[]; attribution: AttributionRecord[] }; result: number };
  'doc.compact': { args: { name: string; snapshot: Uint8Array; uptoSeq: number }; result: null };
  'doc.attribution': { args: { name: string; entries: AttributionRecord[] }; result: null };
  /** Appends audit events as consecutive links of the keyed chain (all or none). */
  'audit.append': { args: AuditEventInput[]; result: AuditRecord[] };
  /** Replaces one group's passages in the full-text index (the FTS triggers follow) and clears its stale mark. */
  'search.replace': { args: { group: string; entries: SearchEntryRecord[] }; result: null };
  /** Marks a group for indexing again at the next start, should the process stop first. */
  'search.markStale': { args: { group: string }; result: null };
}

/** The name of a write. */
export type WriteKind = keyof WriteOpMap;

/** One write as it travels to the writer. */
export type WriteOp = { [K in WriteKind]: { kind: K; args: WriteOpMap[K]['args'] } }[WriteKind];

/** The outcome of one write of a group: a failed write does not undo the others. */
export type WriteOutcome = { ok: true; value: unknown } | { ok: false; error: string };

type Handlers = { [K in WriteKind]: (args: WriteOpMap[K]['args']) => WriteOpMap[K]['result'] };

/** The handlers over one connection; the statements are prepared once. */
function writeHandlers(db: SqliteDb, auditKey: AuditKey): Handlers {
  const lastSeq = db.prepare<[string, string], { seq: number | null }>(
    'SELECT MAX(seq) AS seq FROM (SELECT MAX(seq) AS seq FROM doc_updates WHERE name = ? UNION ALL SELECT upto_seq FROM doc_snapshots WHERE name = ?)',
  );
  const insertUpdate = db.prepare('INSERT INTO doc_updates (name, seq, update_blob, user_id, at) VALUES (?, ?, ?, ?, ?)');
  const upsertAttribution = db.prepare(
    'INSERT INTO doc_attribution (name, item_key, user_id, at) VALUES (?, ?, ?, ?) ON CONFLICT(name, item_key) DO UPDATE SET user_id = excluded.user_id, at = excluded.at',
  );
  const snapshotSeq = db.prepare<[string], { upto_seq: number }>('SELECT upto_seq FROM doc_snapshots WHERE name = ?');
  const upsertSnapshot = db.prepare(
    'INSERT INTO doc_snapshots (name, snapshot, upto_seq) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq',
  );
  const dropUpto = db.prepare('DELETE FROM doc_updates WHERE name = ? AND seq <= ?');
  const auditHead = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const insertAudit = db.prepare(`INSERT INTO audit_events
    (seq, at, user_id, role, patient_id, action, type, resource_type, resource_id, category, outcome, ip, session_id, reason, prev_hash, hash)
    VALUES (@seq, @at, @userId, @role, @patientId, @action, @type, @resourceType, @resourceId, @category, @outcome, @ip, @sessionId, @reason, @prevHash, @hash)`);
  const deleteSearchGroup = db.prepare('DELETE FROM search_entries WHERE grp = ?');
  const insertSearchEntry = db.prepare(`INSERT INTO search_entries (key, grp, kind, patient_id, scope, ref, title, body, updated_at)
    VALUES (@key, @group, @kind, @patientId, @scope, @ref, @title, @body, @updatedAt)`);
  const clearStale = db.prepare('DELETE FROM search_stale WHERE grp = ?');
  const markStale = db.prepare('INSERT OR IGNORE INTO search_stale (grp) VALUES (?)');
  const attribute = (name: string, entries: readonly AttributionRecord[]) => {
    for (const e of entries) upsertAttribution.run(name, e.itemKey, e.userId, e.at);
  };
  return {
    'doc.append': ({ name, updates, attribution }) => {
      let seq = lastSeq.get(name, name)?.seq ?? 0;
      for (const u of updates) insertUpdate.run(name, (seq += 1), Buffer.from(u.update.buffer, u.update.byteOffset, u.update.byteLength), u.userId, u.at);
      attribute(name, attribution);
      return seq;
    },
    'doc.compact': ({ name, snapshot, uptoSeq }) => {
      // Another node (or an earlier compaction) already went further: keep its snapshot.
      if ((snapshotSeq.get(name)?.upto_seq ?? 0) >= uptoSeq) return null;
      upsertSnapshot.run(name, Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength), uptoSeq);
      dropUpto.run(name, uptoSeq);
      return null;
    },
    'doc.attribution': ({ name, entries }) => {
      attribute(name, entries);
      return null;
    },
    'audit.append': (events) => {
      // Read inside the write lock, so two connections (or nodes) can never fork the chain.
      const records = chainAuditEvents(auditKey, auditHead.get() ?? null, events);
      for (const record of records) insertAudit.run(record);
      return records;
    },
    'search.replace': ({ group, entries }) => {
      deleteSearchGroup.run(group);
      for (const entry of entries) insertSearchEntry.run({ ...entry });
      clearStale.run(group);
      return null;
    },
    'search.markStale': ({ group }) => {
      markStale.run(group);
      return null;
    },
  };
}

/**
 * Builds the group runner: one IMMEDIATE transaction (one fsync) for the
 * whole group, each write in its own savepoint so that one bad write fails
 * alone. A failed commit throws, failing the whole group.
 */
export function groupRunner(db: SqliteDb, auditKey: AuditKey): (ops: readonly WriteOp[]) => WriteOutcome[] {
  const handlers = writeHandlers(db, auditKey);
  const one = db.transaction((op: WriteOp): unknown => (handlers[op.kind] as (args: unknown) => unknown)(op.args));
  const group = db.transaction((ops: readonly WriteOp[]): WriteOutcome[] => ops.map((op) => {
    try {
      return { ok: true, value: one(op) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }));
  return (ops) => group.immediate(ops);
}
