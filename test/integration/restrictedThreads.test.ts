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

    expect((await physician.get(`/api/patients/${rosaId}/threads/${threadId}`)).status).toBe(404);
    expect(await (await physician.get(`/api/patients/${rosaId}/threads`)).text()).not.toContain('Relapse risk');
    expect(await (await physician.get(`/api/patients/${rosaId}/notes/changes?since=0`)).text()).not.toContain('Relapse risk');
    expect((await ask(physicianSocket, 'note:reply', { patientId: rosaId, threadId, body: 'Me too', mentions: [], idempotencyKey: key() })).error?.code).toBe('not_found');
    expect((await ask(physicianSocket, 'note:create', { patientId: rosaId, anchor, body: 'New thread', mentions: [], idempotencyKey: key() })).error?.code).toBe('forbidden');
  });

  it('once Rosa consents to share substance use with the physician, the thread is theirs to read', async () => {
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as ConsentHistory;
    const physicianId = current!.preferences.behavioralHealth[0]!;
    const recorded = await coordinator.post(`/api/patients/${rosaId}/consent`, {
      preferences: { ...current!.preferences, substanceUse: [...current!.preferences.substanceUse, physicianId] }, method: 'written', givenOn: '2026-11-01',
    });
    expect(recorded.status).toBe(201);
    const { threads } = (await (await physician.get(`/api/patients/${rosaId}/threads`)).json()) as { threads: Array<{ anchor: NoteAnchor; notes: Array<{ body: string }> }> };
    expect(threads.find((t) => t.anchor.kind === 'planItem')?.notes[0]?.body).toBe('Relapse risk discussed');
  });
});
