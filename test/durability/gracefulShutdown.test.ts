import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { freePort } from '../support/ports';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';

describe('graceful shutdown (SIGTERM)', () => {
  const dataDir = makeDataDir();
  let proc: ServerProcess | undefined;
  afterAll(async () => {
    await proc?.kill('SIGKILL');
    removeDataDir(dataDir);
  });

  it('flushes accepted edits, closes connections with 4503 and a reason, and exits 0', async () => {
    const port = await freePort();
    proc = await startServerProcess(dataDir, { PORT: String(port) });
    const coordinator = await signedIn(proc.url, 'coordinator');
    const patientId = await patientIdByName(coordinator, 'Amara Okafor');
    const plan = connectPlan(proc.url, coordinator, patientId, 'shared');
    await whenSynced(plan);
    for (let i = 0; i < 50; i += 1) plan.doc.getArray('goals-log').push([`goal-${i}`]);
    await plan.whenSaved();
    plan.provider.shouldConnect = false;
    const closed = whenClosed(plan);
    expect(await proc.kill('SIGTERM')).toBe(0);
    expect(await closed).toEqual({ code: CLOSE_CODES.serverShutdown, reason: 'The server is restarting; reconnecting shortly.' });
    plan.destroy();

    proc = await startServerProcess(dataDir, { PORT: String(port) });
    const check = connectPlan(proc.url, coordinator, patientId, 'shared', { doc: new Y.Doc() });
    await whenSynced(check);
    expect(check.doc.getArray('goals-log').length).toBe(50);
    check.destroy();
  }, 120_000);
});
