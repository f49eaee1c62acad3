import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { describe } from 'vitest';
import { openMongoStore } from '../../server/src/storage/mongo/openMongoStore';
import { CONTRACT_AUDIT_KEY, describeStoreContract } from './storeContract';

const uri = process.env.MONGODB_URI;

if (!uri) {
  console.warn('MongoDB contract suite skipped: MONGODB_URI not set');
  describe.skip('store contract: mongodb (MongoDB contract suite skipped: MONGODB_URI not set)', () => {
    describeStoreContract('mongodb', () => Promise.reject(new Error('MONGODB_URI not set')));
  });
} else {
  /** Each test gets a database of its own, dropped when the store closes. */
  describeStoreContract('mongodb', async () => {
    const dbName = `carehuddle_contract_${randomUUID().replace(/-/g, '')}`;
    const url = new URL(uri);
    url.pathname = `/${dbName}`;
    const store = await openMongoStore(url.toString(), { auditKey: CONTRACT_AUDIT_KEY });
    return {
      ...store,
      async close() {
        const connection = mongoose.createConnection(url.toString());
        await connection.asPromise();
        await connection.dropDatabase();
        await connection.close();
        await store.close();
      },
    };
  });
}
