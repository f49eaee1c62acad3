import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir } from '../support/serverProcess';

const repo = resolve(import.meta.dirname, '../..');
const serverDir = resolve(repo, 'server');

/** The runtime stage of the Dockerfile: everything after its last FROM. */
function runtimeStage(dockerfile: string): string[] {
  const lines = dockerfile.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const last = lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true);
  return lines.slice(last);
}

describe('the production build', () => {
  const dataDir = makeDataDir();
  afterAll(() => removeDataDir(dataDir));

  it('1. compiles the server to JavaScript; 2. it starts from `node` alone (no TypeScript loader) and answers /healthz; 3. edits are stored through its writer thread; 4. SIGTERM exits 0', async () => {
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: serverDir, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const main = readFileSync(resolve(serverDir, 'dist/main.js'), 'utf8');
    expect(main).not.toMatch(/from\s+["'][^"']+\.ts["']/);
    expect(main).not.toMatch(/["']tsx["']/);

    // Plain node, no --import, from another directory, with an environment like the image's.
    const child = spawn(process.execPath, [resolve(serverDir, 'dist/main.js')], {
      cwd: dataDir,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SESSION_SECRET: 'production-build-secret-0123456789abcdef', DEMO_DATA: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
    const url = await new Promise<string>((resolveUrl, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        output += c.toString();
        const match = /running at (http:\/\/localhost:\d+)/.exec(output);
        if (match) resolveUrl(match[1]!.replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`compiled server exited with ${code}:\n${output}`)));
    });
    try {
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const coordinator = await signedIn(url, 'coordinator');
      const patientId = await patientIdByName(coordinator, 'Walter Kim');
      const plan = connectPlan(url, coordinator, patientId, 'clinical');
      await whenSynced(plan);
      plan.doc.getMap('medications').set('aspirin', 'Aspirin 81 mg daily');
      await plan.whenSaved();
      expect(Y.snapshot(plan.doc).sv.size).toBeGreaterThan(0);
      plan.destroy();
    } finally {
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('the Dockerfile is multi-stage and its runtime stage runs the compiled server as a non-root user, without npx or a registry', () => {
    const dockerfile = readFileSync(resolve(repo, 'Dockerfile'), 'utf8');
    expect(dockerfile.split('\n').filter((l) => /^FROM\s/i.test(l.trim())).length).toBeGreaterThanOrEqual(2);
    const runtime = runtimeStage(dockerfile);
    const user = runtime.find((l) => /^USER\s/i.test(l));
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|$)/i);
    expect(runtime.at(-1)).toBe('CMD ["node", "server/dist/main.js"]');
    for (const line of runtime) expect(line).not.toMatch(/\b(npx|pnpm|npm|corepack|yarn)\b/);
    // Only the deployed production dependencies are copied into the runtime stage.
    expect(runtime.some((l) => l.includes('/out/node_modules'))).toBe(true);
    expect(readFileSync(resolve(repo, '.dockerignore'), 'utf8')).toMatch(/node_modules/);
  });
});
