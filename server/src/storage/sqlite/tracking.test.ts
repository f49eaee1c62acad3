import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openSqliteStore } from './openSqliteStore';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('a store made before tracked items had a category gets the column, and its items read as clinical', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carehuddle-tracking-'));
  dirs.push(dir);
  const before = new Database(join(dir, 'carehuddle.db'));
  before.exec(`CREATE TABLE tracked_items (id TEXT PRIMARY KEY, patient_id TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL, owner_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    INSERT INTO tracked_items VALUES ('t-1', 'p-1', 'care_gap', '{}', NULL, '2026-01-01', '2026-01-01');`);
  before.close();
  const store = openSqliteStore(dir);
  try {
    expect((await store.tracking.find('p-1', 't-1'))?.category).toBe('clinical');
  } finally {
    await store.close();
  }
});
