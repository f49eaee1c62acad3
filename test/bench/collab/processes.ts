import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromServer, ToServer } from './childIpc';
import type { FromGenerator, ToGenerator } from './loadGenerator';

/** The servers compared side by side. */
export type ServerKind = 'carehuddle' | 'stock' | 'hocuspocus';

const ENTRY: Record<ServerKind, string> = { carehuddle: 'careHuddleServer.ts', stock: 'stockServer.ts', hocuspocus: 'hocuspocusServer.ts' };

/** A child process started with tsx, answering over IPC. */
function forkTs(file: string, env: Record<string, string>, extraArgs: string[] = []): ChildProcess {
  return fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...extraArgs],
    // From the test package, where `--import tsx` resolves, whoever started the benchmark.
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Waits for the next IPC message that matches. */
function next<T>(child: ChildProcess, accept: (message: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (!accept(message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`child exited (${code}) while waiting`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** A benchmarked server in its own process. */
export interface BenchServer {
  kind: ServerKind;
  port: number;
  url: string;
  /** Memory after a forced GC. */
  memory(): Promise<{ rss: number; heap: number }>;
  stop(): Promise<void>;
}

/** Extra Node flags for the servers, to look at where the time goes (e.g. `BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`). */
const SERVER_ARGS = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);

/** Starts one server process (with --expose-gc, for idle memory). */
export async function startBenchServer(kind: ServerKind, env: Record<string, string>): Promise<BenchServer> {
  const child = forkTs(ENTRY[kind], env, ['--expose-gc', ...SERVER_ARGS]);
  const ready = await next<FromServer>(child, (m) => m.type === 'ready');
  const port = ready.type === 'ready' ? ready.port : 0;
  return {
    kind, port, url: `http://127.0.0.1:${port}`,
    async memory() {
      const answer = next<FromServer>(child, (m) => m.type === 'memory');
      child.send({ type: 'memory' } satisfies ToServer);
      const m = await answer;
      return m.type === 'memory' ? { rss: m.rss, heap: m.heap } : { rss: 0, heap: 0 };
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' } satisfies ToServer);
      await exited;
    },
  };
}

/** The load generator process. */
export interface LoadGenerator {
  request(message: ToGenerator): Promise<FromGenerator>;
  /** Ends it at once (a failed run). */
  kill(): void;
}

/** Starts the load generator in its own process. */
export function startLoadGenerator(): LoadGenerator {
  const child = forkTs('loadGenerator.ts', {});
  return {
    async request(message) {
      const answer = next<FromGenerator>(child, () => true);
      child.send(message);
      const result = await answer;
      if (result.type === 'error') throw new Error(`load generator: ${result.message}`);
      return result;
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
