import { CLOSE_CODES, type ConsentHistory, type SharingPreferences } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { ask, collectChanges, key, socketPool } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';
import { daysFromNow } from '../support/when';

describe('consent: recorded as history, narrowing access on every channel at once', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  const sockets = socketPool(() => server.url);
  const consentOf = async (): Promise<ConsentHistory> => (await coordinator.get(`/api/patients/${rosaId}/consent`)).json() as Promise<ConsentHistory>;
  const record = (preferences: SharingPreferences, method = 'verbal') =>
    coordinator.post(`/api/patients/${rosaId}/consent`, { preferences, method, givenOn: '2026-11-01', note: 'Said so at the visit' });
  const socketFor = (client: ApiClient) => sockets.open(client);

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('requires sign-in, and is hidden from other patients\' teams and from the family', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/consent`)).status).toBe(401);
    expect((await (await signedIn(server.url, 'admin')).get(`/api/patients/${rosaId}/consent`)).status).toBe(404);
    expect((await (await signedIn(server.url, 'caregiver')).get(`/api/patients/${rosaId}/consent`)).status).toBe(403);
  });

  it('keeps every version: a change adds one, with who recorded it, how and when consent was given', async () => {
    const before = await consentOf();
    expect(before.current?.version).toBe(1);
    const res = await record(before.current!.preferences, 'written');
    expect(res.status).toBe(201);
    const after = await consentOf();
    expect(after.history.map((v) => v.version)).toEqual([2, 1]);
    expect(after.current).toMatchObject({ version: 2, method: 'written', givenOn: '2026-11-01', note: 'Said so at the visit', recordedBy: { name: 'Maya Chen' } });
    expect(after.history[1]).toEqual(before.current);
  });

  it('refuses preferences that name the wrong people, with the field at fault, and stores nothing', async () => {
    const { current } = await consentOf();
    const caregiverId = current!.preferences.family[0]!.userId;
    const cases: Array<[SharingPreferences, string]> = [
      [{ ...current!.preferences, substanceUse: [caregiverId] }, 'body.preferences.substanceUse.0'],
      [{ ...current!.preferences, family: [{ userId: current!.preferences.behavioralHealth[0]!, sharedPlan: true, proposeGoals: false }] }, 'body.preferences.family.0.userId'],
    ];
    for (const [preferences, path] of cases) {
      const res = await record(preferences);
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields).toEqual([expect.objectContaining({ path: path.replace('body.', '') })]);
    }
    const future = await coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: current!.preferences, method: 'verbal', givenOn: '2099-01-01' });
    expect(future.status).toBe(400);
    expect((await consentOf()).current!.version).toBe(current!.version);
    const physician = await signedIn(server.url, 'physician');
    expect((await physician.post(`/api/patients/${rosaId}/consent`, { preferences: current!.preferences, method: 'verbal', givenOn: '2026-11-01' })).status).toBe(403);
  });

  it('substance-use records need specific consent for each recipient: the physician gets in only once named', async () => {
    const physician = await signedIn(server.url, 'physician');
    const refused = connectPlan(server.url, physician, rosaId, 'substanceUse');
    expect((await whenClosed(refused)).code).toBe(CLOSE_CODES.forbidden);
    refused.destroy();
    const behavioralOnly = connectPlan(server.url, physician, rosaId, 'sensitive');
    await whenSynced(behavioralOnly);
    expect(behavioralOnly.access).toBe('read');
    behavioralOnly.destroy();

    const { current } = await consentOf();
    const physicianId = current!.preferences.behavioralHealth[0]!;
    expect((await record({ ...current!.preferences, substanceUse: [...current!.preferences.substanceUse, physicianId] })).status).toBe(201);
    const admitted = connectPlan(server.url, physician, rosaId, 'substanceUse');
    await whenSynced(admitted);
    expect(admitted.access).toBe('read');
    // Withdrawn again: the open connection closes at once.
    expect((await record(current!.preferences)).status).toBe(201);
    expect((await whenClosed(admitted)).code).toBe(CLOSE_CODES.accessRevoked);
    admitted.destroy();
  });

  it('1. Elena has the shared plan and the family threads open; 2. Rosa withdraws consent; 3. her websocket closes with 4410, her socket leaves the rooms, and she is refused everywhere', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const plan = connectPlan(server.url, caregiver, rosaId, 'shared');
    await whenSynced(plan);
    const socket = await socketFor(caregiver);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    const seen = collectChanges(socket);
    const revoked: string[] = [];
    socket.on('patient:accessRevoked', (e) => revoked.push(e.patientId));
    const coordinatorSocket = await socketFor(coordinator);
    await ask(coordinatorSocket, 'patient:join', { patientId: rosaId });
    const coordinatorSeen = collectChanges(coordinatorSocket);
    await ask(coordinatorSocket, 'note:create', { patientId: rosaId, visibility: 'family', body: 'Before withdrawal', mentions: [], idempotencyKey: key() });
    await waitFor(() => seen.length === 1, 'the caregiver to see the family note');

    const { current } = await consentOf();
    expect((await record({ ...current!.preferences, family: [] })).status).toBe(201);
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.accessRevoked);
    plan.destroy();
    await waitFor(() => revoked.includes(rosaId), 'the caregiver to be told');

    await ask(coordinatorSocket, 'note:create', { patientId: rosaId, visibility: 'family', body: 'After withdrawal', mentions: [], idempotencyKey: key() });
    // The coordinator's own copy arriving proves the fan-out ran; the caregiver's socket got nothing of it.
    await waitFor(() => coordinatorSeen.some((e) => e.thread.notes[0]?.body === 'After withdrawal'), 'the fan-out');
    expect(seen.map((e) => e.thread.notes[0]?.body)).toEqual(['Before withdrawal']);

    const again = connectPlan(server.url, caregiver, rosaId, 'shared');
    expect((await whenClosed(again)).code).toBe(CLOSE_CODES.forbidden);
    again.destroy();
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).error?.code).toBe('not_found');
    expect((await caregiver.get(`/api/patients/${rosaId}`)).status).toBe(404);
    expect((await (await caregiver.get('/api/patients')).json()).patients).toEqual([]);

    // Consent given again restores access: the history says both.
    expect((await record(current!.preferences)).status).toBe(201);
    expect((await caregiver.get(`/api/patients/${rosaId}`)).status).toBe(200);
  });

  it('a conference about Rosa stops reaching Elena when Rosa withdraws consent: listing, reading and live state', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const elenaId = ((await (await caregiver.get('/api/me')).json()) as { id: string }).id;
    const created = await coordinator.post('/api/conferences', {
      title: 'Family review', scheduledFor: daysFromNow(6), agenda: [{ patientId: rosaId, topic: 'Annual plan review' }], inviteeIds: [elenaId],
    });
    expect(created.status).toBe(201);
    const conferenceId = ((await created.json()) as { id: string }).id;
    const elenaSocket = await socketFor(caregiver);
    expect((await ask(elenaSocket, 'conference:join', { conferenceId })).ok).toBe(true);
    const states: unknown[] = [];
    elenaSocket.on('conference:state', (e) => states.push(e));
    const chair = await socketFor(coordinator);
    await ask(chair, 'conference:join', { conferenceId });
    await ask(chair, 'conference:timer', { conferenceId, minutes: 5 });
    await waitFor(() => states.length === 1, 'Elena to see the live state');

    const revoked: string[] = [];
    elenaSocket.on('patient:accessRevoked', (e) => revoked.push(e.patientId));
    const { current } = await consentOf();
    expect((await record({ ...current!.preferences, family: [] })).status).toBe(201);
    await waitFor(() => revoked.includes(rosaId), 'Elena to be told, once out of the rooms');
    expect((await caregiver.get(`/api/conferences/${conferenceId}`)).status).toBe(404);
    expect(((await (await caregiver.get('/api/conferences')).json()) as { conferences: unknown[] }).conferences).toEqual([]);
    const chairStates: unknown[] = [];
    chair.on('conference:state', (e) => chairStates.push(e));
    await ask(chair, 'conference:timer', { conferenceId, minutes: 10 });
    await waitFor(() => chairStates.length === 1, 'the chair to see the new state');
    expect(states).toHaveLength(1);
    expect((await ask(elenaSocket, 'conference:join', { conferenceId })).error?.code).toBe('not_found');
    // Nor can she be invited to another while Rosa does not share with her.
    const refused = await coordinator.post('/api/conferences', {
      title: 'Another review', scheduledFor: daysFromNow(13), agenda: [{ patientId: rosaId, topic: 'Plan review' }], inviteeIds: [elenaId],
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields[0]).toMatchObject({ path: 'inviteeIds.0', message: expect.stringContaining('consent') });
    expect((await record(current!.preferences)).status).toBe(201);
  });

  it('removing a caregiver from the team closes their plan and takes their socket out of the rooms at once', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const plan = connectPlan(server.url, caregiver, rosaId, 'shared');
    await whenSynced(plan);
    const socket = await socketFor(caregiver);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    const revoked: string[] = [];
    socket.on('patient:accessRevoked', (e) => revoked.push(e.patientId));
    const me = (await (await caregiver.get('/api/me')).json()) as { id: string };
    expect((await coordinator.delete(`/api/patients/${rosaId}/care-team/${me.id}`)).status).toBe(204);
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.accessRevoked);
    plan.destroy();
    await waitFor(() => revoked.includes(rosaId), 'the removed caregiver to be told');
    expect((await ask(socket, 'notes:since', { patientId: rosaId, since: 0 })).error?.code).toBe('not_found');
  });
});
