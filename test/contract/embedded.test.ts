import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMemorySqliteStore, openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { CONTRACT_AUDIT_KEY, describeStoreContract } from './storeContract';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'carehuddle-contract-'));
  dirs.push(dir);
  return dir;
};

describeStoreContract('embedded (in memory)', async () => openMemorySqliteStore({ auditKey: CONTRACT_AUDIT_KEY }));
describeStoreContract('embedded (file)', async () => openSqliteStore(freshDir(), { auditKey: CONTRACT_AUDIT_KEY }));

describe('embedded store on disk', () => {
  it('keeps data across closing and reopening', async () => {
    const dir = freshDir();
    const first = openSqliteStore(dir);
    await first.users.create({ id: 'u-1', email: 'a@example.org', name: 'A', kind: 'staff', isAdmin: true, passwordHash: 'h', createdAt: '2026-01-01T00:00:00.000Z' });
    await first.close();
    const second = openSqliteStore(dir);
    expect((await second.users.findById('u-1'))?.isAdmin).toBe(true);
    await second.close();
  });

  it('keeps attached files beside the database, owner-only, across closing and reopening', async () => {
    const dir = freshDir();
    const first = openSqliteStore(dir);
    await first.attachments.insert({
      id: 'f-1', patientId: 'p-1', target: '{"kind":"patient"}', targetKey: 'patient', fileName: 'a.png', contentType: 'image/png', size: 3,
      sha256: 'abc', uploadedBy: 'u-1', uploadedAt: '2026-01-01T00:00:00.000Z',
    }, Buffer.from([1, 2, 3]));
    await first.close();
    expect(readFileSync(join(dir, 'attachments', 'f-1'))).toEqual(Buffer.from([1, 2, 3]));
    expect(statSync(join(dir, 'attachments')).mode & 0o077).toBe(0);
    expect(statSync(join(dir, 'attachments', 'f-1')).mode & 0o077).toBe(0);
    const second = openSqliteStore(dir);
    expect(await second.attachments.content('f-1')).toEqual(Buffer.from([1, 2, 3]));
    await second.close();
  });
});
