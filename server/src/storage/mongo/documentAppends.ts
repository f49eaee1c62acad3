import { trusted } from 'mongoose';
import type { AttributionRecord, DocumentUpdateInput } from '../port';
import { GroupCommit, type GroupOutcome } from '../groupCommit';
import { isDuplicateKey, type Models } from './models';

interface Queued {
  name: string;
  updates: readonly DocumentUpdateInput[];
  attribution: readonly AttributionRecord[];
}

/** One stored update row, with the queued append it belongs to. */
interface Row { owner: number; name: string; update: DocumentUpdateInput }

/**
 * Group commit for MongoDB: the appends of every document queued while the
 * previous window writes become one unordered `bulkWrite` of update rows and
 * one of attribution upserts, with the connection's write concern (majority).
 * A row whose (name, seq) another node took meanwhile is retried at the new head.
 */
export class MongoAppendBatcher {
  private readonly groups = new GroupCommit<Queued, number>((group) => this.write(group));

  constructor(private readonly m: Models) {}

  /** Queues one document's append; resolves with its last seq once its window is written. */
  append(name: string, updates: readonly DocumentUpdateInput[], attribution: readonly AttributionRecord[]): Promise<number> {
    return this.groups.submit({ name, updates, attribution });
  }

  private async write(group: Queued[]): Promise<Array<GroupOutcome<number>>> {
    let rows: Row[] = group.flatMap((q, owner) => q.updates.map((update) => ({ owner, name: q.name, update })));
    const lastSeq = new Array<number>(group.length).fill(0);
    for (let attempt = 0; rows.length > 0; attempt += 1) {
      if (attempt >= 20) throw new Error('document append kept colliding with concurrent appends');
      const next = await this.heads([...new Set(rows.map((r) => r.name))]);
      const seqs = rows.map((r) => {
        const seq = (next.get(r.name) ?? 0) + 1;
        next.set(r.name, seq);
        return seq;
      });
      const failed = await this.insert(rows, seqs);
      rows.forEach((r, i) => { if (!failed.has(i)) lastSeq[r.owner] = Math.max(lastSeq[r.owner]!, seqs[i]!); });
      rows = rows.filter((_, i) => failed.has(i));
    }
    const upserts = group.flatMap((q) => q.attribution.map((e) => ({
      updateOne: { filter: { name: q.name, itemKey: e.itemKey }, update: { $set: { userId: e.userId, at: e.at } }, upsert: true },
    })));
    if (upserts.length > 0) await this.m.docAttribution.bulkWrite(upserts, { ordered: false });
    return lastSeq.map((value) => ({ ok: true, value }));
  }

  /** The last seq per document (log or snapshot), read once per attempt for the whole window. */
  private async heads(names: string[]): Promise<Map<string, number>> {
    const [logs, snaps] = await Promise.all([
      this.m.docUpdates.aggregate<{ _id: string; seq: number }>([{ $match: { name: { $in: names } } }, { $group: { _id: '$name', seq: { $max: '$seq' } } }]),
      this.m.docSnapshots.find({ _id: trusted({ $in: names }) }, { uptoSeq: 1 }).lean<Array<{ _id: string; uptoSeq: number }>>(),
    ]);
    const heads = new Map<string, number>();
    for (const l of logs) heads.set(l._id, l.seq);
    for (const s of snaps) heads.set(s._id, Math.max(heads.get(s._id) ?? 0, s.uptoSeq));
    return heads;
  }

  /** Inserts the rows unordered; returns the indexes that hit a taken (name, seq), throws on any other failure. */
  private async insert(rows: Row[], seqs: number[]): Promise<Set<number>> {
    try {
      await this.m.docUpdates.bulkWrite(rows.map((r, i) => ({
        insertOne: { document: { name: r.name, seq: seqs[i], update: Buffer.from(r.update.update), userId: r.update.userId, at: r.update.at } },
      })), { ordered: false });
      return new Set();
    } catch (error) {
      const writeErrors = (error as { writeErrors?: Array<{ index: number; code?: number; err?: { code?: number } }> }).writeErrors;
      if (!writeErrors || writeErrors.length === 0 || !writeErrors.every((e) => (e.code ?? e.err?.code) === 11000)) {
        if (isDuplicateKey(error) && !writeErrors) return new Set(rows.map((_, i) => i));
        throw error;
      }
      return new Set(writeErrors.map((e) => e.index));
    }
  }
}
