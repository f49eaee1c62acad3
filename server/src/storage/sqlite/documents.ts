import type { DocumentRepository } from '../port';
import type { SqliteDb } from './database';
import type { SqliteWriter } from './writer/sqliteWriter';

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

/**
 * Collaborative documents in the embedded store: reads on the main
 * connection, writes through the group-committing writer.
 */
export function sqliteDocuments(db: SqliteDb, writer: SqliteWriter): DocumentRepository {
  const snapshot = db.prepare<[string], { snapshot: Buffer; upto_seq: number }>('SELECT snapshot, upto_seq FROM doc_snapshots WHERE name = ?');
  const tail = db.prepare<[string], { seq: number; update_blob: Buffer }>('SELECT seq, update_blob FROM doc_updates WHERE name = ? ORDER BY seq');
  const tailCount = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE name = ?');
  const attribution = db.prepare<[string], { item_key: string; user_id: string; at: string }>('SELECT item_key, user_id, at FROM doc_attribution WHERE name = ?');
  // Both reads in one transaction, so a compaction committed by the writer in between cannot drop updates from view.
  const load = db.transaction((name: string) => {
    const snap = snapshot.get(name);
    return {
      snapshot: snap ? bytes(snap.snapshot) : null,
      updates: tail.all(name).map((r) => ({ seq: r.seq, update: bytes(r.update_blob) })),
    };
  });

  return {
    async load(name) {
      return load.deferred(name);
    },
    async append(name, updates, attributionEntries = []) {
      return writer.run('doc.append', { name, updates: [...updates], attribution: [...attributionEntries] });
    },
    async compact(name, snap, uptoSeq) {
      await writer.run('doc.compact', { name, snapshot: snap, uptoSeq });
    },
    async tailLength(name) {
      return tailCount.get(name)?.n ?? 0;
    },
    async recordAttribution(name, entries) {
      await writer.run('doc.attribution', { name, entries: [...entries] });
    },
    async attribution(name) {
      return attribution.all(name).map((r) => ({ itemKey: r.item_key, userId: r.user_id, at: r.at }));
    },
  };
}
