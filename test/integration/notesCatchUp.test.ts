import type { Thread } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir } from '../support/serverProcess';
import { startTestServer, type TestServer } from '../support/server';
import { ask, collectChanges, connectSocket, key, waitForEvent, whenConnected } from '../support/socket';

describe('catching up after a disconnect', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('1. the physician is online; 2. drops off while five notes are posted; 3. reconnects and gets each exactly once', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const physician = await signedIn(server.url, 'physician');
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    const poster = connectSocket(server.url, coordinator);
    await whenConnected(poster);

    let phone = connectSocket(server.url, physician);
    await whenConnected(phone);
    const joined = await ask(phone, 'patient:join', { patientId: walterId });
    let cursor = joined.latest as number;
    const seen = collectChanges(phone);
    const first = await ask(poster, 'note:create', { patientId: walterId, body: 'Before the tunnel', mentions: [], idempotencyKey: key() });
    await waitForEvent(seen, (e) => e.thread.id === (first.thread as Thread).id, 'the first note live');
    cursor = Math.max(cursor, ...seen.map((e) => e.thread.activitySeq));
    phone.disconnect();

    const missed: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const posted = await ask(poster, 'note:create', { patientId: walterId, body: `While offline ${i}`, mentions: [], idempotencyKey: key() });
      missed.push((posted.thread as Thread).id);
    }

    phone = connectSocket(server.url, physician);
    await whenConnected(phone);
    await ask(phone, 'patient:join', { patientId: walterId });
    const caughtUp = await ask(phone, 'notes:since', { patientId: walterId, since: cursor });
    const ids = (caughtUp.threads as Thread[]).map((t) => t.id);
    expect(ids).toEqual(missed);
    expect(new Set(ids).size).toBe(ids.length);
    const again = await ask(phone, 'notes:since', { patientId: walterId, since: caughtUp.latest as number });
    expect(again.threads).toEqual([]);
    const viaHttp = await (await physician.get(`/api/patients/${walterId}/notes/changes?since=${cursor}`)).json();
    expect(viaHttp.threads.map((t: Thread) => t.id)).toEqual(missed);
    phone.disconnect();
    poster.disconnect();
  });
});

describe('two nodes share Socket.IO rooms through Redis', () => {
  const dataDir = makeDataDir();
  let nodeA: TestServer;
  let nodeB: TestServer;
  beforeAll(async () => {
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    nodeA = await startTestServer({ store: openSqliteStore(dataDir), redisUrl });
    nodeB = await startTestServer({ store: openSqliteStore(dataDir), redisUrl });
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    removeDataDir(dataDir);
  });

  it('a note posted on node A reaches a client on node B', async () => {
    const coordinator = await signedIn(nodeA.url, 'coordinator');
    const nurse = await signedIn(nodeB.url, 'nurse');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const onA = connectSocket(nodeA.url, coordinator);
    const onB = connectSocket(nodeB.url, nurse);
    await Promise.all([whenConnected(onA), whenConnected(onB)]);
    expect((await ask(onB, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    const seen = collectChanges(onB);
    const created = await ask(onA, 'note:create', { patientId: rosaId, body: 'Posted on node A', mentions: [], idempotencyKey: key() });
    await waitForEvent(seen, (e) => e.thread.id === (created.thread as Thread).id, 'node B client to receive the note');
    onA.disconnect();
    onB.disconnect();
  });
});
