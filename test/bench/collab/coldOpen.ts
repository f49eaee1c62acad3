import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { PersistQueue } from '../../../server/src/realtime/collab/roomPersistence';
import { openSqliteStore } from '../../../server/src/storage/sqlite/openSqliteStore';
import { careHuddleRooms } from './setup';
import { startBenchServer } from './processes';
import { Wire } from './wire';

/**
 * Cold open of a long-lived plan after a restart: 100,000 single-keystroke
 * updates are written through the real persistence queue, the server is
 * restarted, and a client times its websocket from connect to sync step 2.
 */
export async function coldOpenBenchmark(updates: number, runs: number): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehuddle-cold-'));
  let server = await startBenchServer('carehuddle', { DATA_DIR: dataDir });
  const { coordinator, rooms } = await careHuddleRooms(server, 1);
  const name = rooms[0]!;
  await server.stop();

  const store = openSqliteStore(dataDir);
  const doc = new Y.Doc();
  const queue = new PersistQueue(store.documents, name, () => undefined, () => undefined, 0);
  doc.on('update', (update: Uint8Array) => queue.add({ update, userId: 'bench', at: new Date().toISOString() }, ['summary']));
  const text = doc.getText('summary');
  let seed = 42;
  for (let i = 0; i < updates; i += 1) {
    // Typing at scattered positions, so that updates do not merge into a few long runs.
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text.insert(seed % (text.length + 1), String.fromCharCode(97 + (i % 26)));
    if (i % 997 === 996) await queue.flush();
  }
  await queue.flush();
  await store.close();

  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    server = await startBenchServer('carehuddle', { DATA_DIR: dataDir });
    const wire = new Wire('y-websocket', name);
    const start = performance.now();
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/collab/${name}`, { headers: { cookie: coordinator.cookie ?? '', origin: server.url }, perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.on('open', () => ws.send(wire.sync(0, Y.encodeStateVector(new Y.Doc()))));
      ws.on('message', (data: Buffer) => {
        const message = wire.read(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        if (message.kind === 'step2') resolve();
      });
      ws.on('close', (code) => reject(new Error(`cold open closed with ${code}`)));
    });
    times.push(performance.now() - start);
    ws.terminate();
    await server.stop();
  }
  return times;
}
