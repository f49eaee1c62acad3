import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const serverDir = resolve(import.meta.dirname, '../../server');

/** The real server as a child process, so that tests can kill it with SIGKILL. */
export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Output so far, for failure messages. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** Makes a data directory that outlives one process (and is removed by `removeDataDir`). */
export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'carehuddle-proc-'));
}

/** Removes a data directory. */
export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
  // The server keeps its audit key and checkpoints beside the data (AUDIT_DIR defaults to `<DATA_DIR>-audit`).
  rmSync(`${dataDir}-audit`, { recursive: true, force: true });
}

/**
 * Starts `server/src/main.ts` on an ephemeral port over `dataDir` and resolves once it listens;
 * `preload` modules (absolute paths) run first, e.g. to inject faults.
 */
export function startServerProcess(dataDir: string, env: Record<string, string> = {}, preload: readonly string[] = []): Promise<ServerProcess> {
  // tsx as a loader (not its CLI, which forks) so that SIGKILL hits the server process itself.
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'warn',
      SESSION_SECRET: 'process-test-secret-0123456789abcdef', DEMO_DATA: 'true', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
        resolvePromise({
          url: match[1]!.replace('localhost', '127.0.0.1'), dataDir, child, output: () => output,
          kill: (signal) => new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill(signal);
          }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}
