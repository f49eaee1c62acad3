import type { Store } from './port';
import { openSqliteStore } from './sqlite/openSqliteStore';

/** Chooses the adapter: MongoDB when a URI is configured, the embedded store otherwise. */
export async function openStore(options: { mongodbUri?: string | undefined; dataDir: string }): Promise<Store> {
  if (options.mongodbUri) {
    const { openMongoStore } = await import('./mongo/openMongoStore');
    return openMongoStore(options.mongodbUri);
  }
  return openSqliteStore(options.dataDir);
}
