import type { ConsentHistory, NoteAnchor } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { ask, collectChanges, key, socketPool } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

describe('threads about a restricted plan item follow the document\'s consent', () => {
  let server: TestServer;
  let rosaId: string;
  let coordinator: ApiClient;
  let physician: ApiClient;
  const sockets = socketPool(() => server.url);
  const anchor: NoteAnchor = { kind: 'planItem', audience: 'substanceUse', section: 'substanceUse', itemId: 'su-item-1' };
  const joined = (client: ApiClient) => sockets.open(client, rosaId);

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

  it('1. the coordinator (consented) discusses a substance-use entry; 2. the behavioral health clinician sees it live; 3. the physician (not consented) gets nothing of it on any channel', async () => {
    const behavioral = await signedIn(server.url, 'behavioral');
    const [coordinatorSocket, behavioralSocket, physicianSocket] = await Promise.all([joined(coordinator), joined(behavioral), joined(physician)]);
    const toBehavioral = collectChanges(behavioralSocket);
    const toPhysician = collectChanges(physicianSocket);
    const created = await ask(coordinatorSocket, 'note:create', { patientId: rosaId, anchor, body: 'Relapse risk discussed', mentions: [], idempotencyKey: key() });
    const threadId = (created.thread as { id: string }).id;
    // A team-wide thread sent after it proves the physician's socket is live and in the room.
    await ask(coordinatorSocket, 'note:create', { patientId: rosaId, body: 'Team-wide note', mentions: [], idempotencyKey: key() });
    await waitFor(() => toPhysician.some((e) => e.thread.notes[0]?.body === 'Team-wide note'), 'the team-wide note to reach the physician');
    await waitFor(() => toBehavioral.some((e) => e.thread.id === threadId), 'the behavioral health clinician to see the thread');
    expect(toPhysician.map((e) => e.thread.id)).not.toContain(threadId);

    // Typing in it is news only for its readers too.
    const typingSeen = (socket: typeof physicianSocket) => {
      const seen: string[] = [];
      socket.on('thread:typing', (e) => seen.push(e.threadId));
      return seen;
    };
    const [behavioralTyping, physicianTyping] = [typingSeen(behavioralSocket), typingSeen(physicianSocket)];
    const teamWide = toPhysician.find((e) => e.thread.notes[0]?.body === 'Team-wide note')!.thread.id;
    await ask(coordinatorSocket, 'thread:typing', { patientId: rosaId, threadId, typing: true });
    await ask(coordinatorSocket, 'thread:typing', { patientId: rosaId, threadId: teamWide, typing: true });
    await waitFor(() => behavioralTyping.includes(threadId) && physicianTyping.includes(teamWide), 'typing to reach the readers');
    expect(physicianTyping).not.toContain(threadId);

    expect((await physician.get(`/api/patients/${rosaId}/threads/${threadId}`)).status).toBe(404);
    expect(await (await physician.get(`/api/patients/${rosaId}/threads`)).text()).not.toContain('Relapse risk');
    expect(await (await physician.get(`/api/patients/${rosaId}/notes/changes?since=0`)).text()).not.toContain('Relapse risk');
    expect((await ask(physicianSocket, 'note:reply', { patientId: rosaId, threadId, body: 'Me too', mentions: [], idempotencyKey: key() })).error?.code).toBe('not_found');
    expect((await ask(physicianSocket, 'note:create', { patientId: rosaId, anchor, body: 'New thread', mentions: [], idempotencyKey: key() })).error?.code).toBe('forbidden');
  });

  it('pages stay full for a reader who may not see some threads: skipped threads do not leave holes', async () => {
    const socket = await joined(coordinator);
    await ask(socket, 'note:create', { patientId: rosaId, anchor, body: 'Second substance-use discussion', mentions: [], idempotencyKey: key() });
    // Newest first the physician's view is: (hidden), "Team-wide note", (hidden); a page of one is that note, with nothing after it.
    const page = (await (await physician.get(`/api/patients/${rosaId}/threads?limit=1`)).json()) as { threads: Array<{ notes: Array<{ body: string }> }>; nextCursor: number | null };
    expect(page.threads.map((t) => t.notes[0]?.body)).toEqual(['Team-wide note']);
    expect(page.nextCursor).toBeNull();
  });

  it('once Rosa consents to share substance use with the physician, the thread is theirs to read', async () => {
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as ConsentHistory;
    const physicianId = current!.preferences.behavioralHealth[0]!;
    const recorded = await coordinator.post(`/api/patients/${rosaId}/consent`, {
      preferences: { ...current!.preferences, substanceUse: [...current!.preferences.substanceUse, physicianId] }, method: 'written', givenOn: '2026-11-01',
    });
    expect(recorded.status).toBe(201);
    const { threads } = (await (await physician.get(`/api/patients/${rosaId}/threads`)).json()) as { threads: Array<{ anchor: NoteAnchor; notes: Array<{ body: string }> }> };
    expect(threads.filter((t) => t.anchor.kind === 'planItem').map((t) => t.notes[0]?.body)).toEqual(['Second substance-use discussion', 'Relapse risk discussed']);
  });
});
