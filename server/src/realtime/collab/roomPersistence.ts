import * as Y from 'yjs';
import { storedStateUpTo } from '../../domain/plans/storedState';
import type { AttributionRecord, DocumentRepository, DocumentUpdateInput, StoredDocument } from '../../storage/port';

export { storedStateUpTo };

/** Updates after the snapshot beyond which a document is compacted. */
export const COMPACT_AFTER_UPDATES = 500;

/**
 * Loads a document: snapshot, then the bounded tail, applied in one transaction.
 * `onRead` sees the stored bytes before they are integrated (early sync answers).
 */
export async function loadDocument(repo: DocumentRepository, name: string, doc: Y.Doc, onRead?: (stored: StoredDocument) => void): Promise<number> {
  const stored = await repo.load(name);
  onRead?.(stored);
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const { update } of stored.updates) Y.applyUpdate(doc, update);
  }, 'store');
  return stored.updates.length;
}

/** A batch handed to the store. */
export interface PersistBatch {
  updates: DocumentUpdateInput[];
  attribution: AttributionRecord[];
}

/**
 * Writes batches in order, one at a time. A failed batch stays at the head of
 * the queue and is retried, so nothing accepted is dropped and nothing is
 * acknowledged before it is stored.
 */
export class PersistQueue {
  private pending: DocumentUpdateInput[] = [];
  private pendingAttribution = new Map<string, AttributionRecord>();
  private writing: Promise<void> | null = null;
  private tail = 0;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repo: DocumentRepository,
    private readonly name: string,
    /** Told, after the commit, which updates it made durable. */
    private readonly onStored: (updates: readonly DocumentUpdateInput[]) => void,
    private readonly onFailure: (error: unknown) => void,
    initialTail: number,
  ) {
    this.tail = initialTail;
  }

  /** Queues an accepted update for storage. */
  add(update: DocumentUpdateInput, itemKeys: readonly string[]): void {
    this.pending.push(update);
    for (const itemKey of itemKeys) this.pendingAttribution.set(itemKey, { itemKey, userId: update.userId, at: update.at });
    this.schedule();
  }

  /** Whether anything accepted is not yet stored. */
  get hasPending(): boolean {
    return this.pending.length > 0 || this.writing !== null;
  }

  /** Resolves once everything queued so far is stored (or rejects if the store fails). */
  async flush(): Promise<void> {
    while (this.hasPending) {
      if (this.writing) await this.writing;
      else await this.write();
    }
  }

  private schedule(): void {
    if (this.writing || this.retryTimer) return;
    // A microtask still gathers the updates of one message (or one synchronous burst), and hands them
    // to the store's group commit in the same turn of the event loop, whose one setImmediate gathers
    // every room's writes of that turn. (A setImmediate here cost every edit a whole extra turn.)
    queueMicrotask(() => void this.write().catch(() => undefined));
  }

  private async write(): Promise<void> {
    if (this.writing || this.pending.length === 0) return;
    const batch: PersistBatch = {
      updates: this.pending,
      attribution: [...this.pendingAttribution.values()],
    };
    this.pending = [];
    this.pendingAttribution = new Map();
    this.writing = this.store(batch).finally(() => {
      this.writing = null;
      // Updates accepted while this batch was committing form the next one.
      if (this.pending.length > 0) this.schedule();
    });
    return this.writing;
  }

  private async store(batch: PersistBatch): Promise<void> {
    try {
      // Updates and attribution in one write, which the store commits with every other room's of the same window.
      const lastSeq = await this.repo.append(this.name, batch.updates, batch.attribution);
      this.tail += batch.updates.length;
      this.failures = 0;
      this.onStored(batch.updates);
      if (this.tail > COMPACT_AFTER_UPDATES) await this.compact(lastSeq);
    } catch (error) {
      // Put the batch back in front of anything newer and retry with backoff.
      this.pending = [...batch.updates, ...this.pending];
      for (const a of batch.attribution) if (!this.pendingAttribution.has(a.itemKey)) this.pendingAttribution.set(a.itemKey, a);
      this.failures += 1;
      this.onFailure(error);
      const delay = Math.min(5_000, 100 * 2 ** Math.min(this.failures, 6));
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        void this.write().catch(() => undefined);
      }, delay);
      this.retryTimer.unref();
      throw error;
    }
  }

  private async compact(uptoSeq: number): Promise<void> {
    // Built from what is stored, not from memory: with several nodes, the log may hold
    // updates this node has not received yet, and those must not be dropped.
    await this.repo.compact(this.name, await storedStateUpTo(this.repo, this.name, uptoSeq), uptoSeq);
    this.tail = 0;
  }

  /** Stops retrying (shutdown). */
  dispose(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
