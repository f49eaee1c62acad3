import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteFile } from '../database';
import { groupRunner, type WriteOp, type WriteOutcome } from './writeOps';

/** What the writer thread is started with. */
export interface WriterWorkerData {
  file: string;
  /** The audit chain's key (kept outside the database; handed to the thread that seals the links). */
  auditKey: Uint8Array;
}

/** A request from the main thread: run one group, or close the connection and exit. */
export type WriterRequest = { type: 'run'; id: number; ops: WriteOp[] } | { type: 'close' };

/** The answer to one group: each write's outcome, or why the whole group did not commit; or that the thread is ready. */
export type WriterResponse = { id: number; outcomes: WriteOutcome[] } | { id: number; error: string } | { ready: true };

// The writer thread owns its own connection, so fsyncs never block the main thread's event loop.
const port = parentPort;
if (port) {
  const data = workerData as WriterWorkerData;
  const db = openSqliteFile(data.file);
  const run = groupRunner(db, Buffer.from(data.auditKey));
  port.postMessage({ ready: true } satisfies WriterResponse);
  port.on('message', (request: WriterRequest) => {
    if (request.type === 'close') {
      db.close();
      port.close();
      return;
    }
    let response: WriterResponse;
    try {
      response = { id: request.id, outcomes: run(request.ops) };
    } catch (error) {
      response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
}
