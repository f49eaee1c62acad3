import type { ConsentHistory, NoteAnchor, Thread } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { makeDataDir, removeDataDir } from '../support/serverProcess';
import type { Store } from '../../server/src/storage/port';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { ask, key, socketPool, type NotesClient } from '../support/socket';

/** A retried send (same idempotency key) is answered like a read, with the sender's own note only. */
describe('replaying a note\'s idempotency key', () => {
  let server: TestServer;
  let rosaId: string;
  let walterId: string;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let behavioral: ApiClient;
  const sockets = socketPool(() => server.url);
  const anchor: NoteAnchor = { kind: 'planItem', audience: 'sensitive', section: 'behavioralHealth', itemId: 'bh-item-1' };
  const threadOf = (answer: Record<string, unknown>) => answer.thread as Thread;

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    behavioral = await signedIn(server.url, 'behavioral');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('1. the physician starts a behavioral-health thread; 2. the clinician replies; 3. Rosa withdraws the physician\'s consent; 4. no replay of her keys returns the thread', async () => {
    const [doctor, clinician] = await Promise.all([sockets.open(physician, rosaId), sockets.open(behavioral, rosaId)]);
    const createKey = key();
    const replyKey = key();
    const create = { patientId: rosaId, anchor, body: 'Sleep worse since the new dose', mentions: [], idempotencyKey: createKey };
    const bhThread = threadOf(await ask(doctor, 'note:create', create));
    await ask(clinician, 'note:reply', { patientId: rosaId, threadId: bhThread.id, body: 'Seen in session: nightmares', mentions: [], idempotencyKey: key() });
    await ask(doctor, 'note:reply', { patientId: rosaId, threadId: bhThread.id, body: 'Thanks', mentions: [], idempotencyKey: replyKey });

    // 1. While she may read it, a retry answers with her own note only, never the others' replies.
    const retried = threadOf(await ask(doctor, 'note:create', create));
    expect(retried.id).toBe(bhThread.id);
    expect(retried.notes.map((n) => n.body)).toEqual(['Sleep worse since the new dose']);
    const retriedReply = threadOf(await ask(doctor, 'note:reply', { patientId: rosaId, threadId: bhThread.id, body: 'Thanks', mentions: [], idempotencyKey: replyKey }));
    expect(retriedReply.notes.map((n) => n.body)).toEqual(['Thanks']);

    // 2. Rosa stops sharing behavioral health with her physician; the clinician writes on.
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as ConsentHistory;
    expect((await coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current!.preferences, behavioralHealth: [] }, method: 'written', givenOn: '2026-11-02' })).status).toBe(201);
    await ask(clinician, 'note:reply', { patientId: rosaId, threadId: bhThread.id, body: 'After withdrawal: relapse plan', mentions: [], idempotencyKey: key() });

    // 3. Every replay is refused as the read it amounts to (its thread is no longer hers to read), and none carries the thread.
    const teamThread = threadOf(await ask(doctor, 'note:create', { patientId: rosaId, body: 'Team-wide', mentions: [], idempotencyKey: key() }));
    const answers = [
      await ask(doctor, 'note:create', create),
      await ask(doctor, 'note:reply', { patientId: rosaId, threadId: teamThread.id, body: 'x', mentions: [], idempotencyKey: createKey }),
      await ask(doctor, 'note:reply', { patientId: rosaId, threadId: teamThread.id, body: 'x', mentions: [], idempotencyKey: replyKey }),
      await ask(doctor, 'note:reply', { patientId: rosaId, threadId: bhThread.id, body: 'x', mentions: [], idempotencyKey: replyKey }),
    ];
    expect(answers.map((a) => a.error?.code)).toEqual(['not_found', 'not_found', 'not_found', 'not_found']);
    for (const a of answers) expect(JSON.stringify(a)).not.toMatch(/nightmares|relapse|Sleep worse/i);
  });

  it('a key is refused for another patient, another thread or another anchor than its note\'s', async () => {
    const socket = await sockets.open(coordinator, rosaId);
    const used = key();
    const first = threadOf(await ask(socket, 'note:create', { patientId: rosaId, body: 'About Rosa', mentions: [], idempotencyKey: used }));
    const other = threadOf(await ask(socket, 'note:create', { patientId: rosaId, body: 'Another', mentions: [], idempotencyKey: key() }));
    const refused = [
      await ask(socket, 'note:create', { patientId: walterId, body: 'About Walter', mentions: [], idempotencyKey: used }),
      await ask(socket, 'note:create', { patientId: rosaId, anchor: { kind: 'planItem', audience: 'clinical', section: 'goals', itemId: 'g-1' }, body: 'About Rosa', mentions: [], idempotencyKey: used }),
      await ask(socket, 'note:create', { patientId: rosaId, visibility: 'family', body: 'About Rosa', mentions: [], idempotencyKey: used }),
      await ask(socket, 'note:reply', { patientId: rosaId, threadId: other.id, body: 'About Rosa', mentions: [], idempotencyKey: used }),
      await ask(socket, 'note:reply', { patientId: rosaId, threadId: first.id, body: 'About Rosa', mentions: [], idempotencyKey: used }),
    ];
    expect(refused.map((a) => a.error?.code)).toEqual(['conflict', 'conflict', 'conflict', 'conflict', 'conflict']);
    // Nothing was stored by the refused sends.
    const walter = (await (await coordinator.get(`/api/patients/${walterId}/threads`)).json()) as { threads: Thread[] };
    expect(walter.threads.flatMap((t) => t.notes.map((n) => n.body))).not.toContain('About Walter');
  });
});

/**
 * Five tabs retry the same new thread at once. The store lets every send look
 * its key up before any of them stores (a barrier, not a sleep), which is the
 * race a loaded server runs into.
 */
describe('racing sends of one new thread', () => {
  const dataDir = makeDataDir();
  const SENDS = 5;
  const raceKey = key();
  let lookups = 0;
  let release: () => void = () => undefined;
  const allLookedUp = new Promise<void>((resolve) => { release = resolve; });
  let server: TestServer;
  const sockets = socketPool(() => server.url);

  beforeAll(async () => {
    const inner = openSqliteStore(dataDir);
    const notes = inner.notes;
    const store: Store = { ...inner, ping: () => inner.ping(), close: () => inner.close(), notes: {
      ...notes,
      async findNoteByIdempotencyKey(authorId: string, used: string) {
        if (used === raceKey && lookups < SENDS) {
          lookups += 1;
          if (lookups === SENDS) release();
          await allLookedUp;
        }
        return notes.findNoteByIdempotencyKey(authorId, used);
      },
    } };
    server = await startTestServer({ store });
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
    removeDataDir(dataDir);
  });

  it('1. the same new thread is sent five times at once; 2. one thread is stored, every send is answered with it, and no empty thread is listed', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const tabs: NotesClient[] = await Promise.all(Array.from({ length: SENDS }, () => sockets.open(coordinator, rosaId)));
    const send = { patientId: rosaId, body: 'Raced first note', mentions: [], idempotencyKey: raceKey };
    const answers = await Promise.all(tabs.map((tab) => ask(tab, 'note:create', send)));
    expect(new Set(answers.map((a) => (a.thread as Thread | undefined)?.id)).size).toBe(1);
    const { threads } = (await (await coordinator.get(`/api/patients/${rosaId}/threads?limit=100`)).json()) as { threads: Thread[] };
    expect(threads.filter((t) => t.notes.length === 0)).toEqual([]);
    expect(threads.filter((t) => t.notes[0]?.body === 'Raced first note')).toHaveLength(1);
    const { threads: changed } = (await (await coordinator.get(`/api/patients/${rosaId}/notes/changes?since=0`)).json()) as { threads: Thread[] };
    expect(changed.filter((t) => t.notes.length === 0)).toEqual([]);
  });
});
