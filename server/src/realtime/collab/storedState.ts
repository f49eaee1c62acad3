import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type RangeSet = ReturnType<typeof Y.createDeleteSet>;

/**
 * What the store holds of one document, as a snapshot (state vector and
 * delete set) built from the updates actually committed — by this node or,
 * as their notices say, by another — never from the live document, which may
 * hold updates another node has relayed but not yet stored. The document is
 * walked once, at load; after that each committed update is decoded once.
 */
export class StoredState {
  /** Clock ranges the store holds, per client (a delete set's shape, used as a range set). */
  private present: RangeSet[] = [];
  private deleted: RangeSet[] = [];

  /** The state of a document just loaded from the store. */
  static ofLoaded(doc: Y.Doc): StoredState {
    const state = new StoredState();
    const present = Y.createDeleteSet();
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) present.clients.set(client, [{ clock: 0, len: clock }]);
    state.present.push(present);
    state.deleted.push(Y.createDeleteSetFromStructStore(doc.store));
    return state;
  }

  /** What a batch of committed updates adds, encoded for other nodes. */
  static describe(updates: readonly Uint8Array[]): Uint8Array {
    const present = Y.createDeleteSet();
    const deleted = Y.createDeleteSet();
    for (const update of updates) {
      const decoded = Y.decodeUpdate(update);
      for (const struct of decoded.structs) {
        if (struct instanceof Y.Skip) continue;
        const range = { clock: struct.id.clock, len: struct.length };
        addRange(present, struct.id.client, range);
        // Content that arrives already deleted (or garbage-collected) counts as deleted once stored.
        if (struct instanceof Y.GC || (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted)) addRange(deleted, struct.id.client, range);
      }
      decoded.ds.clients.forEach((ranges, client) => { for (const r of ranges) addRange(deleted, client, { clock: r.clock, len: r.len }); });
    }
    const encoder = encoding.createEncoder();
    writeRanges(encoder, present);
    writeRanges(encoder, deleted);
    return encoding.toUint8Array(encoder);
  }

  /** Adds what a commit stored (from `describe`, here or on another node). */
  add(description: Uint8Array): void {
    const decoder = decoding.createDecoder(description);
    this.present.push(readRanges(decoder));
    this.deleted.push(readRanges(decoder));
  }

  /** The snapshot of the stored state, as the `saved` message carries it. */
  encode(): Uint8Array {
    const present = Y.mergeDeleteSets(this.present);
    const deleted = Y.mergeDeleteSets(this.deleted);
    this.present = [present];
    this.deleted = [deleted];
    // A state vector counts only the unbroken run from clock 0: a gap (an update not stored yet) stops it.
    const sv = new Map<number, number>();
    present.clients.forEach((ranges, client) => {
      const first = ranges[0];
      if (first && first.clock === 0) sv.set(client, first.len);
    });
    return Y.encodeSnapshot(Y.createSnapshot(deleted, sv));
  }
}

function addRange(set: RangeSet, client: number, range: { clock: number; len: number }): void {
  const ranges = set.clients.get(client);
  if (ranges) ranges.push(range);
  else set.clients.set(client, [range]);
}

function writeRanges(encoder: encoding.Encoder, set: RangeSet): void {
  encoding.writeVarUint(encoder, set.clients.size);
  set.clients.forEach((ranges, client) => {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const r of ranges) {
      encoding.writeVarUint(encoder, r.clock);
      encoding.writeVarUint(encoder, r.len);
    }
  });
}

function readRanges(decoder: decoding.Decoder): RangeSet {
  const set = Y.createDeleteSet();
  const clients = decoding.readVarUint(decoder);
  for (let i = 0; i < clients; i += 1) {
    const client = decoding.readVarUint(decoder);
    const count = decoding.readVarUint(decoder);
    const ranges: Array<{ clock: number; len: number }> = [];
    for (let j = 0; j < count; j += 1) ranges.push({ clock: decoding.readVarUint(decoder), len: decoding.readVarUint(decoder) });
    set.clients.set(client, ranges);
  }
  return set;
}
