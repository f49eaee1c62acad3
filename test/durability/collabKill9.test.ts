import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isSnapshotCovered } from '@carehuddle/shared';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { freePort } from '../support/ports';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { waitFor } from '../support/wait';

describe('nothing acknowledged is lost (kill -9)', () => {
  const dataDir = makeDataDir();
  let proc: ServerProcess | undefined;
  afterAll(async () => {
    await proc?.kill('SIGKILL');
    removeDataDir(dataDir);
  });

  it('1. a coordinator types; 2. the server is killed mid-stream; 3. after restart every saved edit is there once, and the client\'s unsaved edits sync on reconnect', async () => {
    const port = await freePort();
    proc = await startServerProcess(dataDir, { PORT: String(port) });
    const coordinator = await signedIn(proc.url, 'coordinator');
    const patientId = await patientIdByName(coordinator, 'Walter Kim');
    const writer = connectPlan(proc.url, coordinator, patientId, 'clinical');
    await whenSynced(writer);
    const log = writer.doc.getArray<string>('medications');

    // Each edit remembers the clock it needs; it is acknowledged once the server's stored vector covers it.
    const edits: Array<{ value: string; clock: number }> = [];
    let killedAfterAcks = -1;
    for (let i = 0; i < 400; i += 1) {
      log.push([`edit-${i}`]);
      edits.push({ value: `edit-${i}`, clock: Y.getState(writer.doc.store, writer.doc.clientID) });
      if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
      if (i === 250) {
        await waitFor(() => (writer.saved.sv.get(writer.doc.clientID) ?? 0) >= edits[200]!.clock, 'the first 200 edits to be saved');
        await proc.kill('SIGKILL');
        killedAfterAcks = i;
      }
    }
    expect(killedAfterAcks).toBe(250);
    const savedClock = writer.saved.sv.get(writer.doc.clientID) ?? 0;
    const acknowledged = edits.filter((e) => e.clock <= savedClock).map((e) => e.value);
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);

    // 2. Restart on the same port and data; the session cookie survives too.
    proc = await startServerProcess(dataDir, { PORT: String(port) });
    const reader = connectPlan(proc.url, coordinator, patientId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(reader);
    const afterRestart = reader.doc.getArray<string>('medications').toArray();
    for (const value of acknowledged) expect(afterRestart.filter((v) => v === value)).toHaveLength(1);

    // 3. The original client reconnects by itself and its remaining edits converge, each exactly once.
    await waitFor(() => reader.doc.getArray('medications').length === 400, 'all 400 edits after reconnect', 20_000);
    await writer.whenSaved();
    expect(isSnapshotCovered(Y.snapshot(writer.doc), writer.saved)).toBe(true);
    expect(new Set(reader.doc.getArray<string>('medications').toArray()).size).toBe(400);
    writer.destroy();
    reader.destroy();
  }, 120_000);
});
