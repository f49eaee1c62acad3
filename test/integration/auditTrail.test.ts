import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoEmail, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { openSqliteDatabase } from '../../server/src/storage/sqlite/database';

const run = promisify(execFile);
const serverDir = resolve(import.meta.dirname, '../../server');

/** Runs `audit:verify` against a data directory, as an operator would. */
async function verify(dataDir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/auditVerify.ts'], { cwd: serverDir, env: { ...process.env, DATA_DIR: dataDir, SESSION_SECRET: 'x'.repeat(32) } });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('audit trail', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('records sign-in success and failure, patient reads and denied attempts, with who, what and outcome', async () => {
    await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('physician'), password: 'wrong' });
    const physician = await signedIn(server.url, 'physician');
    const rosaId = await patientIdByName(physician, 'Rosa Delgado');
    await physician.get(`/api/patients/${rosaId}`);
    const chw = await signedIn(server.url, 'chw');
    await chw.get(`/api/patients/${rosaId}`).then(async () => chw.get('/api/patients/not-a-patient-of-mine'));

    const records = await server.services.store.audit.list({ limit: 1000 });
    const me = await (await physician.get('/api/me')).json();
    expect(records).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'auth.login', outcome: 'denied', userId: me.id }),
      expect.objectContaining({ type: 'auth.login', outcome: 'success', userId: me.id }),
      expect.objectContaining({ type: 'patient.read', outcome: 'success', userId: me.id, patientId: rosaId, role: 'physician', action: 'R' }),
      expect.objectContaining({ type: 'patient.read', outcome: 'denied', patientId: 'not-a-patient-of-mine' }),
    ]));
    for (const r of records) expect(r.at).toMatch(/Z$/);
  });

  it('is hash-chained: audit:verify passes, then names the first altered record', async () => {
    await server.services.store.audit.append({
      at: new Date().toISOString(), userId: null, role: null, patientId: null, action: 'E', type: 'test.marker',
      resourceType: 'Test', resourceId: null, category: null, outcome: 'success', ip: null, sessionId: null, reason: null,
    });
    const dataDir = server.dataDir;
    const ok = await verify(dataDir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Audit trail intact: \d+ records verified/);

    const db = openSqliteDatabase(dataDir);
    db.prepare("UPDATE audit_events SET reason = 'nothing to see here' WHERE seq = 2").run();
    db.close();
    const broken = await verify(dataDir);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Audit trail BROKEN at record 2: contents were altered');
  });
});
