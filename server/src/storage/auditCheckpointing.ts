import { appendCheckpoint } from './auditCheckpoints';
import type { AuditSeal } from './auditKeyFile';
import type { AuditRecord, AuditRepository, Store } from './port';

/** How often the chain head is written to the checkpoint file (at most once per interval, and at close). */
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 5_000;

/**
 * Wraps a store so that the head of its audit chain is checkpointed to a file
 * outside the database: after appends, at most once per interval (a timer
 * writes the last head of a burst), and on close. A failed checkpoint write
 * never fails the request (the record itself is stored); it is retried with the
 * next append.
 */
export function withAuditCheckpoints(store: Store, seal: AuditSeal, intervalMs = DEFAULT_CHECKPOINT_INTERVAL_MS): Store {
  const repo = store.audit;
  let pending: Pick<AuditRecord, 'seq' | 'hash'> | null = null;
  let lastWrittenAt = 0;
  let timer: NodeJS.Timeout | null = null;

  const write = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    try {
      appendCheckpoint(seal.checkpointFile, seal.key, { seq: pending.seq, hash: pending.hash, at: new Date().toISOString() });
      pending = null;
      lastWrittenAt = Date.now();
    } catch {
      // Kept pending: the next append or close tries again.
    }
  };
  const noteHead = (head: Pick<AuditRecord, 'seq' | 'hash'> | undefined): void => {
    if (!head || (pending && pending.seq >= head.seq)) return;
    pending = { seq: head.seq, hash: head.hash };
    const wait = lastWrittenAt + intervalMs - Date.now();
    if (wait <= 0) write();
    else if (!timer) timer = setTimeout(write, wait).unref();
  };

  const audit: AuditRepository = {
    ...repo,
    async append(event) {
      const record = await repo.append(event);
      noteHead(record);
      return record;
    },
    async appendMany(events) {
      const records = await repo.appendMany(events);
      noteHead(records[records.length - 1]);
      return records;
    },
  };
  return {
    ...store,
    audit,
    async close() {
      write();
      await store.close();
    },
  };
}
