import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const storeModule = fileURLToPath(new URL('../openSqliteStore.ts', import.meta.url));
// The server package holds tsx, the loader a TypeScript module needs outside the test runner.
const serverDir = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the embedded store opened and closed at once', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // In its own process: the defect was the process exiting mid-close (nothing kept it alive), which a
  // test runner's own event loop would hide. Seeding scripts and benchmarks open a store just to create it.
  it('finishes closing before the process may exit, while its writer thread is still starting', () => {
    dir = mkdtempSync(join(tmpdir(), 'carehuddle-close-'));
    const script = join(dir, 'openAndClose.mjs');
    writeFileSync(script, `const { openSqliteStore } = await import(${JSON.stringify(storeModule)});
await openSqliteStore(${JSON.stringify(join(dir, 'store'))}).close();
process.stdout.write('closed');`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: serverDir, encoding: 'utf8', timeout: 60_000 });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: 'closed', stderr: '' });
  });
});
