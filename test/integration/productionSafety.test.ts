import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { waitFor } from '../support/wait';

const run = promisify(execFile);
const serverDir = resolve(import.meta.dirname, '../../server');
/** A secret as `openssl rand -hex 32` makes one. */
const GOOD_SECRET = '9f2c4e81a7b35d06c1e8f47a2b9d3c5e7a1f0b4d8c2e6a9f3b7d1c5e0a4f8b2d';

/** Starts the real entry point and reports how it ended (it must end: these configurations are refused). */
const start = (env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir, timeout: 20_000,
    env: { ...process.env, NODE_ENV: 'production', DATA_DIR: '/tmp/carehuddle-refused-config', PORT: '0', ...env },
  }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr.trim() }));

/** The permission bits of a path that "group" and "other" hold. */
const othersBits = (path: string) => statSync(path).mode & 0o077;

describe('production refuses unsafe defaults', () => {
  it('refuses the session secrets that ship with CareHuddle (more variants: productionChecks.test.ts)', { timeout: 60_000 }, async () => {
    for (const secret of [
      'please-set-a-real-secret-of-32-characters-or-more', // docker-compose.yml's old default
      'change-me-to-a-long-random-string-of-at-least-32-chars', // .env.example
    ]) {
      const result = await start({ SESSION_SECRET: secret, SMTP_URL: 'smtp://127.0.0.1:1' });
      expect(result.code, secret).toBe(1);
      expect(result.stderr, secret).toMatch(/^Invalid configuration: SESSION_SECRET .+$/);
    }
  });

  it('refuses to make invitations without a mailer unless told to hand links over from the screen', { timeout: 30_000 }, async () => {
    const result = await start({ SESSION_SECRET: GOOD_SECRET });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Invalid configuration: SMTP_URL is required when NODE_ENV=production .*INVITATIONS_WITHOUT_EMAIL=true/);
  });

  it('docker-compose.yml has no working default secret', async () => {
    const { readFile } = await import('node:fs/promises');
    const compose = await readFile(resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/SESSION_SECRET: \$\{SESSION_SECRET:\?/);
  });
});

describe('a production server: data at rest and logs', () => {
  const parent = makeDataDir();
  const dataDir = join(parent, 'store');
  let proc: ServerProcess;
  beforeAll(async () => {
    // An installation from before this fix: a world-readable directory and database.
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'carehuddle.db'), '', { mode: 0o644 });
    chmodSync(join(dataDir, 'carehuddle.db'), 0o644);
    proc = await startServerProcess(dataDir, { NODE_ENV: 'production', SESSION_SECRET: GOOD_SECRET, INVITATIONS_WITHOUT_EMAIL: 'true', LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await proc.kill('SIGTERM');
    removeDataDir(parent);
  });

  it('1. the server writes; 2. its directory is 0700 and its database, WAL and shared-memory files are the owner\'s alone', async () => {
    const coordinator = await signedIn(proc.url, 'coordinator');
    expect((await coordinator.get('/api/patients')).status).toBe(200);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const file of ['carehuddle.db', 'carehuddle.db-wal', 'carehuddle.db-shm']) expect(othersBits(join(dataDir, file)), file).toBe(0);
  });

  it('1. the coordinator invites a caregiver without a mailer; 2. she gets the link on screen; 3. the log names the invitation, never the link', async () => {
    const coordinator = await signedIn(proc.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const res = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email: 'marco@example.org', relationship: 'son', consentMethod: 'verbal', proposeGoals: false });
    expect(res.status).toBe(201);
    const { link, invitation } = (await res.json()) as { link: string; invitation: { id: string } };
    await waitFor(() => proc.output().includes(invitation.id), 'the invitation to be logged');
    const token = link.split('/invite/')[1]!;
    expect(proc.output()).not.toContain(token);
  });
});
