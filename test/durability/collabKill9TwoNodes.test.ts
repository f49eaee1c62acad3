import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { waitFor } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('nothing acknowledged is lost across two nodes (kill -9)', () => {
  const dataDir = makeDataDir();
  const procs: ServerProcess[] = [];
  afterAll(async () => {
    for (const p of procs) await p.kill('SIGKILL');
    removeDataDir(dataDir);
  });

  it('1. the coordinator types on node A; 2. the physician on node B is told it is saved by A\'s commit notices; 3. both nodes are killed; 4. after restart everything B saw as saved is there once', async () => {
    const nodeA = await startServerProcess(dataDir, { REDIS_URL });
    procs.push(nodeA);
    const nodeB = await startServerProcess(dataDir, { REDIS_URL });
    procs.push(nodeB);
    const coordinator = await signedIn(nodeA.url, 'coordinator');
    const physician = await signedIn(nodeB.url, 'physician');
    const patientId = await patientIdByName(coordinator, 'Amara Okafor');
    const writer = connectPlan(nodeA.url, coordinator, patientId, 'clinical');
    const watcher = connectPlan(nodeB.url, physician, patientId, 'clinical');
    await Promise.all([whenSynced(writer), whenSynced(watcher)]);

    const log = writer.doc.getArray<string>('medications');
    for (let i = 0; i < 150; i += 1) {
      log.push([`edit-${i}`]);
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    }
    // Node B stores none of these; its client's "saved" comes only from node A's commit notices.
    await waitFor(() => watcher.doc.getArray('medications').length >= 100 && (watcher.saved.sv.get(writer.doc.clientID) ?? 0) >= 100, 'node B to acknowledge 100 of node A\'s edits');
    const savedClock = watcher.saved.sv.get(writer.doc.clientID) ?? 0;
    // Each push is one clock tick of the writer, so the saved clock names the saved edits.
    const savedValues = Array.from({ length: savedClock }, (_, i) => `edit-${i}`);
    await nodeA.kill('SIGKILL');
    await nodeB.kill('SIGKILL');
    writer.destroy();
    watcher.destroy();

    const restarted = await startServerProcess(dataDir, {});
    procs.push(restarted);
    const reader = connectPlan(restarted.url, await signedIn(restarted.url, 'coordinator'), patientId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(reader);
    const after = reader.doc.getArray<string>('medications').toArray();
    for (const value of savedValues) expect(after.filter((v) => v === value)).toHaveLength(1);
    reader.destroy();
  }, 120_000);
});
