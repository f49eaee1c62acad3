import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainAuditEvent } from '../../server/src/storage/auditChain';
import type { AuditRecord } from '../../server/src/storage/port';
import { openSqliteDatabase, type SqliteDb } from '../../server/src/storage/sqlite/database';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir, startServerProcess } from '../support/serverProcess';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

const run = promisify(execFile);
const serverDir = resolve(import.meta.dirname, '../../server');

/** Runs `audit:verify` as an operator would, with the server's DATA_DIR and AUDIT_DIR. */
async function verify(server: TestServer): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DATA_DIR: server.dataDir, AUDIT_DIR: server.auditDir, SESSION_SECRET: 'x'.repeat(32) };
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/auditVerify.ts'], { cwd: serverDir, env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

interface Row { seq: number; at: string; user_id: string | null; role: string | null; patient_id: string | null; action: AuditRecord['action']; type: string; resource_type: string; resource_id: string | null; category: string | null; outcome: AuditRecord['outcome']; ip: string | null; session_id: string | null; reason: string | null }
const asEvent = (r: Row) => ({ at: r.at, userId: r.user_id, role: r.role, patientId: r.patient_id, action: r.action, type: r.type, resourceType: r.resource_type, resourceId: r.resource_id, category: r.category, outcome: r.outcome, ip: r.ip, sessionId: r.session_id, reason: r.reason });

/** The attacker's tools: direct access to the database file, triggers dropped. */
function tamper(server: TestServer, act: (db: SqliteDb) => void): void {
  const db = openSqliteDatabase(server.dataDir);
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;');
    act(db);
  } finally {
    db.close();
  }
}

/** Rewrites every link from `fromSeq` on with a hash the attacker can compute (`rehash`), as if nothing had changed. */
function relink(db: SqliteDb, fromSeq: number, rehash: (prev: { seq: number; hash: string } | null, row: Row) => { prevHash: string; hash: string }): void {
  const rows = db.prepare<[], Row & { hash: string }>('SELECT * FROM audit_events ORDER BY seq').all();
  let prev: { seq: number; hash: string } | null = null;
  for (const row of rows) {
    if (row.seq >= fromSeq) {
      const next = rehash(prev, row);
      db.prepare('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?').run(next.prevHash, next.hash, row.seq);
      prev = { seq: row.seq, hash: next.hash };
    } else {
      prev = { seq: row.seq, hash: row.hash };
    }
  }
}

describe('audit trail tamper evidence (audit:verify)', () => {
  let server: TestServer;
  beforeEach(async () => {
    // Checkpoints after every append, so that the head an attacker rewrites is always vouched for.
    server = await startTestServer({ checkpointIntervalMs: 0 });
    const physician = await signedIn(server.url, 'physician');
    await physician.get(`/api/patients/${await patientIdByName(physician, 'Rosa Delgado')}`);
  });
  afterEach(() => server.close());

  it('keeps the key and checkpoints outside DATA_DIR with owner-only permissions, and refuses UPDATE and DELETE on the table', async () => {
    expect(statSync(join(server.auditDir, 'audit-key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(server.auditDir, 'checkpoints.log')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(server.auditDir, 'checkpoints.log'), 'utf8')).toMatch(/"seq":\d+/);
    const db = openSqliteDatabase(server.dataDir);
    try {
      expect(() => db.prepare("UPDATE audit_events SET reason = 'x' WHERE seq = 2").run()).toThrow('audit records are append-only');
      expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 2').run()).toThrow('audit records are append-only');
      expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow('audit records are append-only');
    } finally {
      db.close();
    }
    const ok = await verify(server);
    expect(ok.out).toMatch(/Audit trail intact: \d+ records verified \(checkpoint at record \d+/);
    expect(ok.code).toBe(0);
  });

  it('1. an attacker edits record 2 and recomputes every hash after it (plain SHA-256, or HMAC with a guessed key); 2. verify names record 2', async () => {
    tamper(server, (db) => {
      db.prepare("UPDATE audit_events SET reason = 'nothing to see here' WHERE seq = 2").run();
      relink(db, 2, (prev, row) => {
        const prevHash = prev?.hash ?? '0'.repeat(64);
        const hash = createHash('sha256').update(JSON.stringify([row.seq, prevHash, ...Object.values(asEvent(row))])).digest('hex');
        return { prevHash, hash };
      });
    });
    const unkeyed = await verify(server);
    expect(unkeyed.code).toBe(1);
    expect(unkeyed.out).toContain('Audit trail BROKEN at record 2: contents were altered');

    tamper(server, (db) => relink(db, 2, (prev, row) => {
      const r = chainAuditEvent(Buffer.from('a guessed key of the right length!!'), prev, asEvent(row));
      return { prevHash: r.prevHash, hash: r.hash };
    }));
    const guessed = await verify(server);
    expect(guessed.code).toBe(1);
    expect(guessed.out).toContain('Audit trail BROKEN at record 2: contents were altered');
  });

  it('1. an attacker deletes the last records; 2. verify reports the missing tail against the checkpoint', async () => {
    let head = 0;
    tamper(server, (db) => {
      head = db.prepare<[], { seq: number }>('SELECT max(seq) AS seq FROM audit_events').get()!.seq;
      db.prepare('DELETE FROM audit_events WHERE seq > ?').run(head - 3);
    });
    const result = await verify(server);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`Audit trail BROKEN at record ${head - 2}: missing: the checkpoint of`);
    expect(result.out).toContain(`vouches for ${head} records, the trail ends at ${head - 3}`);
  });

  it('1. an attacker wipes the table; 2. verify reports every record missing', async () => {
    tamper(server, (db) => db.prepare('DELETE FROM audit_events').run());
    const result = await verify(server);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Audit trail BROKEN at record 1: missing: the checkpoint of .* vouches for \d+ records, the trail ends at 0/);
  });

  it('1. an attacker wipes the table; 2. the app keeps working until the new chain is longer than the old one; 3. verify still reports the rewrite', async () => {
    let oldHead = 0;
    tamper(server, (db) => {
      oldHead = db.prepare<[], { seq: number }>('SELECT max(seq) AS seq FROM audit_events').get()!.seq;
      db.prepare('DELETE FROM audit_events').run();
    });
    const physician = await signedIn(server.url, 'physician');
    const rosaId = await patientIdByName(physician, 'Rosa Delgado');
    const head = async () => (await server.services.store.audit.list({ afterSeq: oldHead, limit: 1 })).length;
    while ((await head()) === 0) await physician.get(`/api/patients/${rosaId}`);
    const result = await verify(server);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Audit trail BROKEN at record 1: does not match the checkpoint of');
  });

  it('1. an attacker who can also write the checkpoint file appends a forged checkpoint; 2. verify rejects it as not authentic', async () => {
    appendFileSync(join(server.auditDir, 'checkpoints.log'), `${JSON.stringify({ seq: 1, hash: 'f'.repeat(64), at: new Date().toISOString(), mac: '0'.repeat(64) })}\n`);
    const result = await verify(server);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Audit trail BROKEN: checkpoint line');
  });
});

describe('audit trail checked against its checkpoint at start-up', () => {
  const dataDir = makeDataDir();
  afterAll(() => removeDataDir(dataDir));

  it('1. the server runs and stops, leaving a checkpoint; 2. an attacker wipes the table; 3. the next start logs that the trail does not match', async () => {
    const first = await startServerProcess(dataDir);
    await signedIn(first.url, 'coordinator');
    expect(await first.kill('SIGTERM')).toBe(0);
    const db = openSqliteDatabase(dataDir);
    db.exec('DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events;');
    db.close();
    const second = await startServerProcess(dataDir);
    try {
      await waitFor(() => second.output().includes('The audit trail does not match its latest checkpoint; run audit:verify'), 'the start-up check to be logged');
      expect(second.output()).toMatch(/record \d+, vouched for by the checkpoint of .*, is missing/);
    } finally {
      await second.kill('SIGKILL');
    }
  });
});
