import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditKey } from '../../auditChain';
import { GroupCommit, type GroupOutcome } from '../../groupCommit';
import type { SqliteDb } from '../database';
import { groupRunner, type WriteKind, type WriteOp, type WriteOpMap, type WriteOutcome } from './writeOps';
import type { WriterRequest, WriterResponse, WriterWorkerData } from './writerWorker';

/** Runs a group of writes in one transaction somewhere; resolves with each write's outcome. */
type GroupExecutor = { execute(ops: WriteOp[]): Promise<WriteOutcome[]>; close(): Promise<void>; ready(): Promise<void> };

/** Bounds one transaction, so a flood cannot build one huge commit that delays every acknowledgement behind it. */
const MAX_GROUP = 4_000;
/**
 * Groups handed to the writer at once: the next window's writes are posted while the previous
 * group commits (the thread runs them in order), so they do not also wait for its answer to
 * travel back through a busy event loop.
 */
const GROUPS_IN_FLIGHT = 2;

/**
 * Group commit on SQLite: every write submitted while the previous group
 * commits (or within the same tick) goes to the store together in one
 * transaction — one fsync for all rooms' updates, attribution and audit
 * records of that window. Each promise settles only after its group has
 * committed; each write runs in its own savepoint, so a bad one fails alone.
 */
export class SqliteWriter {
  private readonly groups: GroupCommit<WriteOp, unknown>;

  private constructor(private readonly executor: GroupExecutor) {
    this.groups = new GroupCommit(async (ops) => (await executor.execute(ops)).map((o): GroupOutcome<unknown> =>
      (o.ok ? o : { ok: false, error: new Error(o.error) })), MAX_GROUP, GROUPS_IN_FLIGHT);
  }

  /** A writer thread owning its own connection to the database file (never blocks the event loop on fsync). */
  static onWorker(db: SqliteDb, auditKey: AuditKey): SqliteWriter {
    return new SqliteWriter(new WorkerExecutor({ file: db.name, auditKey }));
  }

  /** Writes on the given connection, still grouped (in-memory databases cannot be shared with a thread). */
  static inline(db: SqliteDb, auditKey: AuditKey): SqliteWriter {
    const run = groupRunner(db, auditKey);
    return new SqliteWriter({ execute: async (ops) => run(ops), close: async () => undefined, ready: async () => undefined });
  }

  /** Submits one write; resolves with its result once its group is committed. */
  run<K extends WriteKind>(kind: K, args: WriteOpMap[K]['args']): Promise<WriteOpMap[K]['result']> {
    return this.groups.submit({ kind, args } as WriteOp) as Promise<WriteOpMap[K]['result']>;
  }

  /** Resolves once the writer can commit without a start-up delay (its thread has loaded and opened the file). */
  ready(): Promise<void> {
    return this.executor.ready();
  }

  /** How many groups (transactions) have been committed so far. */
  get groupsCommitted(): number {
    return this.groups.groupsWritten;
  }

  /** Waits for everything submitted, then closes the writer's connection. */
  async close(): Promise<void> {
    await this.groups.drain();
    await this.executor.close();
  }
}

/** Runs groups on a worker thread; a crashed thread fails its group and is replaced on the next one. */
class WorkerExecutor implements GroupExecutor {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(o: WriteOutcome[]): void; reject(e: Error): void }>();
  private started: Promise<void>;

  constructor(private readonly data: WriterWorkerData) {
    // Started at once, not at the first write: loading the thread's modules takes a moment, and the
    // first write after a restart is usually someone opening a document (its audit record), who would wait.
    this.started = this.startedBy(this.spawn());
    // Awaited by whoever opens the store; a thread that fails to start fails its first group too.
    this.started.catch(() => undefined);
  }

  ready(): Promise<void> {
    return this.started;
  }

  private startedBy(worker: Worker): Promise<void> {
    // Referenced while it starts: a process awaiting `ready()` with nothing else to do must not exit meanwhile.
    worker.ref();
    return new Promise((resolve, reject) => {
      const onMessage = (response: WriterResponse) => {
        if (!('ready' in response)) return;
        worker.off('message', onMessage);
        if (this.waiting.size === 0) worker.unref();
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('exit', (code) => reject(new Error(`the SQLite writer thread exited (${code})`)));
    });
  }

  execute(ops: WriteOp[]): Promise<WriteOutcome[]> {
    const worker = this.worker ?? this.spawn();
    const id = this.nextId++;
    // Referenced only while a group is out, so an idle writer never keeps the process alive.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ type: 'run', id, ops } satisfies WriterRequest);
    });
  }

  private spawn(): Worker {
    const worker = startWriterThread(this.data);
    worker.on('message', (response: WriterResponse) => {
      if ('ready' in response) return;
      const waiter = this.waiting.get(response.id);
      this.waiting.delete(response.id);
      if (this.waiting.size === 0) worker.unref();
      if ('error' in response) waiter?.reject(new Error(response.error));
      else waiter?.resolve(response.outcomes);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the SQLite writer thread exited (${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    // A thread still starting unrefs itself on its ready message, which would undo the ref below and let
    // a process with nothing else to do exit mid-close (a store opened and closed at once, as a benchmark
    // seeding its file does). A thread that never started has nothing to close.
    if (!(await this.started.then(() => true, () => false))) return;
    // Referenced again, or a process with nothing else to do would exit before the thread closes its connection.
    worker.ref();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies WriterRequest);
    await exited;
  }
}

/**
 * Starts the writer thread. Compiled (production) code runs the `.js` beside
 * this file; from TypeScript sources (development, tests) the thread loads
 * tsx first, since a worker does not inherit the parent's loader.
 */
function startWriterThread(data: WriterWorkerData): Worker {
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(compiled ? './writerWorker.js' : './writerWorker.ts', import.meta.url);
  if (compiled) return new Worker(entry, { workerData: data });
  const tsxApi = pathToFileURL(tsxEsmApi()).href;
  const boot = `const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then((api) => api.tsImport(workerData.entry, workerData.entry));`;
  return new Worker(boot, { eval: true, workerData: { ...data, tsxApi, entry: entry.href } });
}

/** tsx's ESM API file, found through its package exports (require.resolve would pick the CommonJS build). */
function tsxEsmApi(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(packageJson), manifest.exports['./esm/api']!.import.default);
}
