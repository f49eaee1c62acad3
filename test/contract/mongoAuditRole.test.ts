import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { modelsOn } from '../../server/src/storage/mongo/models';

const script = readFileSync(resolve(import.meta.dirname, '../../scripts/mongo-audit-role.js'), 'utf8');
/** The string literals of one `const NAME = …;` declaration in the role script. */
const literalsOf = (name: string): string[] => {
  const declaration = new RegExp(`const ${name} = ([\\s\\S]*?);`).exec(script)?.[1] ?? '';
  return [...declaration.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
};

describe('the MongoDB role script keeps the audit trail insert-only (no server needed)', () => {
  it('names every collection the app uses, and gives the audit collection find and insert but never update or remove', () => {
    const collections = Object.values(modelsOn(mongoose.createConnection())).map((m) => m.collection.collectionName).sort();
    expect([...literalsOf('AUDIT'), ...literalsOf('COLLECTIONS')].sort()).toEqual(collections);
    const auditGrant = /resource: \{ db: dbName, collection: AUDIT \}, actions: \[([^\]]*)\]/.exec(script)?.[1] ?? '';
    expect(auditGrant).toContain("'insert'");
    expect(auditGrant).not.toMatch(/update|remove|drop'/);
  });
});
