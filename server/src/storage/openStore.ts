import { withAuditCheckpoints } from './auditCheckpointing';
import { readCheckpoints } from './auditCheckpoints';
import type { AuditSeal } from './auditKeyFile';
import type { Store, StoreOptions } from './port';
import { openSqliteStore } from './sqlite/openSqliteStore';

/** Chooses the adapter: MongoDB when a URI is configured, the embedded store otherwise. */
export async function openStore(options: { mongodbUri?: string | undefined; dataDir: string } & StoreOptions): Promise<Store> {
  const adapterOptions: StoreOptions = options.auditKey ? { auditKey: options.auditKey } : {};
  if (options.mongodbUri) {
    const { openMongoStore } = await import('./mongo/openMongoStore');
    return openMongoStore(options.mongodbUri, adapterOptions);
  }
  const store = openSqliteStore(options.dataDir, adapterOptions);
  // Listening before the writer thread has started would make the first people to arrive wait for it.
  await store.ready?.();
  return store;
}

/**
 * Whether the stored chain still holds the latest checkpoint's record with its
 * hash: a quick look at start-up (the full walk is `audit:verify`).
 */
export async function checkpointMismatch(store: Store, seal: AuditSeal): Promise<string | null> {
  const reading = readCheckpoints(seal.checkpointFile, seal.key);
  if (!reading.ok) return reading.problem;
  const checkpoint = reading.latest;
  if (!checkpoint) return null;
  const [record] = await store.audit.list({ afterSeq: checkpoint.seq - 1, limit: 1 });
  if (!record || record.seq !== checkpoint.seq) return `record ${checkpoint.seq}, vouched for by the checkpoint of ${checkpoint.at}, is missing`;
  return record.hash === checkpoint.hash ? null : `record ${checkpoint.seq} differs from the checkpoint of ${checkpoint.at}`;
}

/**
 * The store the server runs on: its audit chain sealed with the key and
 * checkpointed outside the database. A chain that no longer matches its latest
 * checkpoint is reported through `onMismatch` (the server still starts: the
 * evidence stays in the checkpoint file, and refusing to start would hand
 * whoever wiped the table an outage too).
 */
export async function openSealedStore(options: {
  mongodbUri?: string | undefined; dataDir: string; seal: AuditSeal; checkpointIntervalMs?: number; onMismatch?: (problem: string) => void;
}): Promise<Store> {
  const store = await openStore({ mongodbUri: options.mongodbUri, dataDir: options.dataDir, auditKey: options.seal.key });
  const problem = await checkpointMismatch(store, options.seal);
  if (problem) options.onMismatch?.(problem);
  return withAuditCheckpoints(store, options.seal, options.checkpointIntervalMs);
}
