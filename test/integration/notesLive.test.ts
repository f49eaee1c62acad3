import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, collectChanges, key, socketPool, waitForEvent } from '../support/socket';

describe('huddle notes, live', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let rosaId: string;
  const sockets = socketPool(() => server.url);
  const open = (client: ApiClient) => sockets.open(client, rosaId);
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('1. the coordinator posts a note on a goal mentioning the physician; 2. the physician sees it and is notified; 3. replies; 4. the coordinator edits, resolves; each sees the other live', async () => {
    const a = await open(coordinator);
    const b = await open(physician);
    const seenByA = collectChanges(a);
    const seenByB = collectChanges(b);
    const mentions: unknown[] = [];
    b.on('notification:mention', (m) => mentions.push(m));
    const physicianId = (await (await physician.get('/api/me')).json()).id as string;

    const created = await ask(a, 'note:create', {
      patientId: rosaId, anchor: { kind: 'planItem', audience: 'shared', section: 'goals', itemId: 'g-walk' },
      body: 'Can we **lower** the evening dose? @Samuel', mentions: [physicianId], idempotencyKey: key(),
    });
    expect(created.ok).toBe(true);
    const thread = created.thread as { id: string; notes: Array<{ id: string; author: { name: string } }> };
    expect(thread.notes[0]!.author.name).toBe('Maya Chen');
    const arrived = await waitForEvent(seenByB, (e) => e.thread.id === thread.id, 'physician to see the note');
    expect(arrived.thread.anchor).toEqual({ kind: 'planItem', audience: 'shared', section: 'goals', itemId: 'g-walk' });
    await waitForEvent(mentions, () => true, 'mention notification');

    const typing: unknown[] = [];
    a.on('thread:typing', (t) => typing.push(t));
    await ask(b, 'thread:typing', { patientId: rosaId, threadId: thread.id, typing: true });
    await waitForEvent(typing as Array<{ name: string }>, (t) => t.name === 'Dr. Samuel Okoro', 'typing indicator');

    const reply = await ask(b, 'note:reply', { patientId: rosaId, threadId: thread.id, body: 'Yes — 250 mg from tonight.', mentions: [], idempotencyKey: key() });
    expect(reply.ok).toBe(true);
    await waitForEvent(seenByA, (e) => e.thread.notes.length === 2, 'coordinator to see the reply');

    const rootId = thread.notes[0]!.id;
    expect((await ask(a, 'note:edit', { patientId: rosaId, noteId: rootId, body: 'Can we lower the evening dose?', mentions: [] })).ok).toBe(true);
    const edited = await waitForEvent(seenByB, (e) => e.thread.notes[0]?.revisionCount === 1, 'physician to see the edit');
    expect(edited.thread.notes[0]!.body).toBe('Can we lower the evening dose?');
    expect((await ask(b, 'note:edit', { patientId: rosaId, noteId: rootId, body: 'hijack', mentions: [] })).error?.code).toBe('forbidden');

    expect((await ask(a, 'thread:resolve', { patientId: rosaId, threadId: thread.id })).ok).toBe(true);
    await waitForEvent(seenByB, (e) => e.thread.resolved, 'physician to see it resolved');
    expect((await ask(b, 'thread:reopen', { patientId: rosaId, threadId: thread.id })).ok).toBe(true);
    await waitForEvent(seenByA, (e) => e.thread.id === thread.id && !e.thread.resolved && e.thread.activitySeq > arrived.thread.activitySeq + 2, 'coordinator to see it reopened');
  });

  it('retracts with a reason, leaving a stub; notes are never deleted', async () => {
    const a = await open(coordinator);
    const created = await ask(a, 'note:create', { patientId: rosaId, body: 'Wrong patient, sorry', mentions: [], idempotencyKey: key() });
    const threadId = (created.thread as { id: string }).id;
    const noteId = (created.thread as { notes: Array<{ id: string }> }).notes[0]!.id;
    const retracted = await ask(a, 'note:retract', { patientId: rosaId, noteId, reason: 'Posted on the wrong patient' });
    const note = (retracted.thread as { notes: Array<{ body: string | null; retracted: { reason: string; by: string } | null }> }).notes[0]!;
    expect(note.body).toBeNull();
    expect(note.retracted).toMatchObject({ reason: 'Posted on the wrong patient', by: 'Maya Chen' });
    const viaHttp = await (await physician.get(`/api/patients/${rosaId}/threads/${threadId}`)).json();
    expect(viaHttp.notes[0].body).toBeNull();
  });

  it('stores a retried note once (idempotency key) and acknowledges only stored notes', async () => {
    const a = await open(coordinator);
    const idempotencyKey = key();
    const payload = { patientId: rosaId, body: 'Discharge follow-up booked for Thursday', mentions: [], idempotencyKey };
    const [first, second] = await Promise.all([ask(a, 'note:create', payload), ask(a, 'note:create', payload)]);
    expect((first.thread as { id: string }).id).toBe((second.thread as { id: string }).id);
    const page = await (await coordinator.get(`/api/patients/${rosaId}/threads?limit=100`)).json();
    expect(page.threads.filter((t: { notes: Array<{ body: string }> }) => t.notes[0]?.body === 'Discharge follow-up booked for Thursday')).toHaveLength(1);
  });

  it('lists threads newest activity first, paged with a cursor, and tracks unread per user', async () => {
    const first = await (await physician.get(`/api/patients/${rosaId}/threads?limit=2`)).json();
    expect(first.threads).toHaveLength(2);
    expect(first.threads[0].activitySeq).toBeGreaterThan(first.threads[1].activitySeq);
    const second = await (await physician.get(`/api/patients/${rosaId}/threads?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.threads[0].activitySeq).toBeLessThan(first.threads[1].activitySeq);
    const unreadThread = first.threads.find((t: { unread: boolean }) => t.unread);
    expect(unreadThread).toBeDefined();
    const b = await open(physician);
    expect((await ask(b, 'thread:markRead', { patientId: rosaId, threadId: unreadThread.id })).ok).toBe(true);
    const again = await (await physician.get(`/api/patients/${rosaId}/threads/${unreadThread.id}`)).json();
    expect(again.unread).toBe(false);
  });
});
