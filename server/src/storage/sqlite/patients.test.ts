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

it('a store made before the patient profile gets its columns; its patients read as "not recorded" and can be edited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carehuddle-patients-'));
  dirs.push(dir);
  const before = new Database(join(dir, 'carehuddle.db'));
  before.exec(`CREATE TABLE patients (id TEXT PRIMARY KEY, name TEXT NOT NULL, date_of_birth TEXT NOT NULL, member_number TEXT NOT NULL UNIQUE,
      enrollment_date TEXT NOT NULL, risk_level TEXT, risk_set_by TEXT, risk_set_at TEXT, created_at TEXT NOT NULL);
    INSERT INTO patients VALUES ('p-1', 'Rosa', '1948-03-14', 'M-1', '2026-01-01', NULL, NULL, NULL, '2026-01-01T00:00:00.000Z');`);
  before.close();
  const store = openSqliteStore(dir);
  try {
    expect(await store.patients.findById('p-1')).toMatchObject({ name: 'Rosa', preferredLanguage: null, interpreterNeeded: null, allergies: null, address: null, pcpUserId: null });
    expect(await store.patients.updateDetails('p-1', { preferredLanguage: 'es', interpreterNeeded: true, allergies: [] })).toBe(true);
    expect(await store.patients.findById('p-1')).toMatchObject({ preferredLanguage: 'es', interpreterNeeded: true, allergies: [] });
  } finally {
    await store.close();
  }
});
