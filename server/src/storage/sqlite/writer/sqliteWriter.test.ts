import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEventInput } from '../../records';
import { auditSchema } from '../audit';
import { openSqliteDatabase, type SqliteDb } from '../database';
import { documentsSchema } from '../documents';
import { patientsSchema } from '../patients';
import { searchSchema } from '../search';
import { SqliteWriter } from './sqliteWriter';

const event = (type: string): AuditEventInput => ({
  at: '2026-11-27T12:00:00.000Z', userId: 'u1', role: 'coordinator', patientId: 'p1', action: 'U', type,
  resourceType: 'CarePlan', resourceId: 'doc', category: null, outcome: 'success', ip: null, sessionId: null, reason: null,
});

describe('SqliteWriter: group commit on a writer thread', () => {
  let dir = '';
  let db: SqliteDb | null = null;
  let writer: SqliteWriter | null = null;
  afterEach(async () => {
    await writer?.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function open(): { db: SqliteDb; writer: SqliteWriter } {
    dir = mkdtempSync(join(tmpdir(), 'carehuddle-writer-'));
    db = openSqliteDatabase(dir);
    // The tables the writer writes to (the search index indexes patients too).
    for (const schema of [documentsSchema, auditSchema, patientsSchema, searchSchema]) db.exec(schema);
    writer = SqliteWriter.onWorker(db, randomBytes(32));
    return { db, writer };
  }

  it('commits the updates of many documents, their attribution and audit records of one window in one transaction', async () => {
    const { db, writer } = open();
    const writes: Array<Promise<unknown>> = [];
    for (let i = 0; i < 20; i += 1) {
      writes.push(writer.run('doc.append', {
        name: `doc-${i % 5}`, updates: [{ update: new Uint8Array([i]), userId: 'u1', at: 'now' }], attribution: [{ itemKey: `goals/${i}`, userId: 'u1', at: 'now' }],
      }));
    }
    for (let i = 0; i < 5; i += 1) writes.push(writer.run('audit.append', [event(`plan.edit.${i}`)]));
    await Promise.all(writes);
    expect(writer.groupsCommitted).toBe(1);
    // Committed, and visible to the main thread's own connection.
    expect(db.prepare('SELECT COUNT(*) AS n FROM doc_updates').get()).toEqual({ n: 20 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM doc_attribution').get()).toEqual({ n: 20 });
    expect(db.prepare('SELECT seq FROM audit_events ORDER BY seq').all()).toEqual([1, 2, 3, 4, 5].map((seq) => ({ seq })));
  });

  it('fails one bad write alone: the rest of its group is committed', async () => {
    const { db, writer } = open();
    const good = writer.run('doc.append', { name: 'doc', updates: [{ update: new Uint8Array([1]), userId: 'u1', at: 'now' }], attribution: [] });
    const bad = writer.run('audit.append', [{ ...event('bad'), action: null as unknown as 'U' }]);
    const alsoGood = writer.run('audit.append', [event('plan.open')]);
    await expect(bad).rejects.toThrow(/NOT NULL/);
    await expect(good).resolves.toBe(1);
    await expect(alsoGood).resolves.toMatchObject([{ seq: 1 }]);
    expect(writer.groupsCommitted).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_events').get()).toEqual({ n: 1 });
  });

  it('keeps a document\'s appends in order across groups', async () => {
    const { writer } = open();
    const first = await writer.run('doc.append', { name: 'doc', updates: [{ update: new Uint8Array([1]), userId: 'u1', at: 'now' }], attribution: [] });
    const [second, third] = await Promise.all([1, 2].map(() => writer.run('doc.append', { name: 'doc', updates: [{ update: new Uint8Array([2]), userId: 'u1', at: 'now' }], attribution: [] })));
    expect([first, second, third]).toEqual([1, 2, 3]);
  });
});
