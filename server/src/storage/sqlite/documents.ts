import type { DocumentRepository } from '../port';
import type { SqliteDb } from './database';

export const documentsSchema = `
CREATE TABLE IF NOT EXISTS doc_snapshots (
  name TEXT PRIMARY KEY,
  snapshot BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  update_blob BLOB NOT NULL,
  user_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (name, seq)
);
CREATE TABLE IF NOT EXISTS doc_attribution (
  name TEXT NOT NULL,
  item_key TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (name, item_key)
);`;

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Collaborative documents in the embedded store. */
export function sqliteDocuments(db: SqliteDb): DocumentRepository {
  const snapshot = db.prepare<[string], { snapshot: Buffer; upto_seq: number }>('SELECT snapshot, upto_seq FROM doc_snapshots WHERE name = ?');
  const tail = db.prepare<[string], { seq: number; update_blob: Buffer }>('SELECT seq, update_blob FROM doc_updates WHERE name = ? ORDER BY seq');
  const tailCount = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE name = ?');
  const lastSeq = db.prepare<[string, string], { seq: number }>(
    'SELECT MAX(seq) AS seq FROM (SELECT MAX(seq) AS seq FROM doc_updates WHERE name = ? UNION ALL SELECT upto_seq FROM doc_snapshots WHERE name = ?)',
  );
  const insert = db.prepare('INSERT INTO doc_updates (name, seq, update_blob, user_id, at) VALUES (?, ?, ?, ?, ?)');
  const upsertSnapshot = db.prepare(
    'INSERT INTO doc_snapshots (name, snapshot, upto_seq) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET snapshot = excluded.snapshot, upto_seq = excluded.upto_seq',
  );
  const dropUpto = db.prepare('DELETE FROM doc_updates WHERE name = ? AND seq <= ?');
  const upsertAttribution = db.prepare(
    'INSERT INTO doc_attribution (name, item_key, user_id, at) VALUES (?, ?, ?, ?) ON CONFLICT(name, item_key) DO UPDATE SET user_id = excluded.user_id, at = excluded.at',
  );
  const attribution = db.prepare<[string], { item_key: string; user_id: string; at: string }>('SELECT item_key, user_id, at FROM doc_attribution WHERE name = ?');

  const append = db.transaction((name: string, updates: Parameters<DocumentRepository['append']>[1]) => {
    let seq = lastSeq.get(name, name)?.seq ?? 0;
    for (const u of updates) {
      seq += 1;
      insert.run(name, seq, Buffer.from(u.update), u.userId, u.at);
    }
    return seq;
  });
  const compact = db.transaction((name: string, snap: Uint8Array, uptoSeq: number) => {
    if ((snapshot.get(name)?.upto_seq ?? 0) >= uptoSeq) return;
    upsertSnapshot.run(name, Buffer.from(snap), uptoSeq);
    dropUpto.run(name, uptoSeq);
  });
  const attribute = db.transaction((name: string, entries: Parameters<DocumentRepository['recordAttribution']>[1]) => {
    for (const e of entries) upsertAttribution.run(name, e.itemKey, e.userId, e.at);
  });

  return {
    async load(name) {
      const snap = snapshot.get(name);
      return {
        snapshot: snap ? bytes(snap.snapshot) : null,
        updates: tail.all(name).map((r) => ({ seq: r.seq, update: bytes(r.update_blob) })),
      };
    },
    async append(name, updates) {
      return append.immediate(name, updates);
    },
    async compact(name, snap, uptoSeq) {
      compact.immediate(name, snap, uptoSeq);
    },
    async tailLength(name) {
      return tailCount.get(name)?.n ?? 0;
    },
    async recordAttribution(name, entries) {
      attribute(name, entries);
    },
    async attribution(name) {
      return attribution.all(name).map((r) => ({ itemKey: r.item_key, userId: r.user_id, at: r.at }));
    },
  };
}
