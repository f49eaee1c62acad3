import * as Y from 'yjs';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/**
 * A document's snapshot (state vector and delete set), kept current from each
 * transaction's own delete set: the document is walked once, at load, never
 * per commit. Deletions are merged only when a snapshot is asked for (once
 * per stored batch), so typing costs nothing extra per keystroke.
 */
export class IncrementalSnapshot {
  private deleted: DeleteSet;
  private unmerged: DeleteSet[] = [];
  private readonly onTransaction = (tr: Y.Transaction) => {
    if (tr.deleteSet.clients.size > 0) this.unmerged.push(tr.deleteSet);
    const arrivedDeleted = this.deletedAmongNew(tr);
    if (arrivedDeleted.clients.size > 0) this.unmerged.push(arrivedDeleted);
  };

  /**
   * Structs a transaction added that are already deleted: an update may carry
   * garbage-collected content, which never passes through the transaction's
   * delete set. Only the new clock ranges are visited.
   */
  private deletedAmongNew(tr: Y.Transaction): DeleteSet {
    const found = Y.createDeleteSet();
    tr.afterState.forEach((after, client) => {
      const before = tr.beforeState.get(client) ?? 0;
      const structs = this.doc.store.clients.get(client);
      if (after <= before || !structs) return;
      const ranges: Array<{ clock: number; len: number }> = [];
      for (let i = Y.findIndexSS(structs, before); i < structs.length && structs[i]!.id.clock < after; i += 1) {
        const struct = structs[i]!;
        if (struct.deleted) ranges.push({ clock: struct.id.clock, len: struct.length });
      }
      if (ranges.length > 0) found.clients.set(client, ranges);
    });
    return found;
  }

  constructor(private readonly doc: Y.Doc) {
    this.deleted = Y.createDeleteSetFromStructStore(doc.store);
    doc.on('afterTransaction', this.onTransaction);
  }

  /** The encoded snapshot of the document as it is now. */
  encode(): Uint8Array {
    if (this.unmerged.length > 0) {
      this.deleted = Y.mergeDeleteSets([this.deleted, ...this.unmerged]);
      this.unmerged = [];
    }
    return Y.encodeSnapshot(Y.createSnapshot(this.deleted, Y.decodeStateVector(Y.encodeStateVector(this.doc))));
  }

  /** Stops following the document. */
  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }
}
