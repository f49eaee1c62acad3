import { withAuditCheckpoints } from './auditCheckpointing';
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
  return openSqliteStore(options.dataDir, adapterOptions);
}

/** The store the server runs on: its audit chain sealed with the key and checkpointed outside the database. */
export async function openSealedStore(options: { mongodbUri?: string | undefined; dataDir: string; seal: AuditSeal; checkpointIntervalMs?: number }): Promise<Store> {
  const store = await openStore({ mongodbUri: options.mongodbUri, dataDir: options.dataDir, auditKey: options.seal.key });
  return withAuditCheckpoints(store, options.seal, options.checkpointIntervalMs);
}
