import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteFile } from '../database';
import { groupRunner, type WriteOp, type WriteOutcome } from './writeOps';

/** What the writer thread is started with. */
export interface WriterWorkerData {
  file: string;
}

/** A request from the main thread: run one group, or close the connection and exit. */
export type WriterRequest = { type: 'run'; id: number; ops: WriteOp[] } | { type: 'close' };

/** The answer to one group: each write's outcome, or why the whole group did not commit. */
export type WriterResponse = { id: number; outcomes: WriteOutcome[] } | { id: number; error: string };

// The writer thread owns its own connection, so fsyncs never block the main thread's event loop.
const port = parentPort;
if (port) {
  const db = openSqliteFile((workerData as WriterWorkerData).file);
  const run = groupRunner(db);
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
