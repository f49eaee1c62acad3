import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, collectChanges, connectSocket, key, waitForEvent, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';

describe('huddle notes: access and hostile input', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  let amaraId: string;
  let teamThreadId: string;
  const sockets: NotesClient[] = [];
  const open = async (client: ApiClient | null, origin?: string) => {
    const socket = connectSocket(server.url, client, origin ? { origin } : {});
    sockets.push(socket);
    return { socket, result: await whenConnected(socket) };
  };
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    amaraId = await patientIdByName(coordinator, 'Amara Okafor');
    const { socket } = await open(coordinator);
    const created = await ask(socket, 'note:create', { patientId: rosaId, body: 'Team-only: consider hospice referral', mentions: [], idempotencyKey: key() });
    teamThreadId = (created.thread as { id: string }).id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  it('requires sign-in: a handshake without a session is refused, and so is the HTTP thread list', async () => {
    expect((await open(null)).result).toEqual({ ok: false, message: 'Please sign in.' });
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/threads`)).status).toBe(401);
  });

  it('refuses a foreign Origin even with a valid cookie (cross-site websocket hijacking)', async () => {
    const { result } = await open(coordinator, 'https://evil.example');
    expect(result.ok).toBe(false);
  });

  it('other patient → denied: cannot join the room, read a thread (404) or post', async () => {
    // The admin is staff but on no care team; the community health worker is on Amara's team, not Walter's.
    const admin = await signedIn(server.url, 'admin');
    const { socket } = await open(admin);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).error?.code).toBe('not_found');
    expect((await admin.get(`/api/patients/${rosaId}/threads/${teamThreadId}`)).status).toBe(404);
    const chw = await signedIn(server.url, 'chw');
    const { socket: chwSocket } = await open(chw);
    expect((await ask(chwSocket, 'patient:join', { patientId: amaraId })).ok).toBe(true);
    expect((await ask(chwSocket, 'patient:join', { patientId: await patientIdByName(coordinator, 'Walter Kim') })).error?.code).toBe('not_found');
    expect((await ask(socket, 'note:create', { patientId: rosaId, body: 'hi', mentions: [], idempotencyKey: key() })).error?.code).toBe('not_found');
    expect((await ask(socket, 'note:reply', { patientId: rosaId, threadId: teamThreadId, body: 'hi', mentions: [], idempotencyKey: key() })).error?.code).toBe('not_found');
  });

  it('keeps team-only threads from family caregivers, on HTTP and live', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const { socket } = await open(caregiver);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    const seen = collectChanges(socket);
    expect((await caregiver.get(`/api/patients/${rosaId}/threads/${teamThreadId}`)).status).toBe(404);
    const list = await (await caregiver.get(`/api/patients/${rosaId}/threads`)).json();
    expect(list.threads.every((t: { visibility: string }) => t.visibility === 'family')).toBe(true);
    expect((await ask(socket, 'note:create', { patientId: rosaId, body: 'Can I see the team notes?', mentions: [], idempotencyKey: key() })).error?.code).toBe('forbidden');

    const { socket: coord } = await open(coordinator);
    await ask(coord, 'note:create', { patientId: rosaId, body: 'Team only again', mentions: [], idempotencyKey: key() });
    const family = await ask(coord, 'note:create', { patientId: rosaId, visibility: 'family', body: 'Family meeting on Friday at 3pm', mentions: [], idempotencyKey: key() });
    const familyId = (family.thread as { id: string }).id;
    await waitForEvent(seen, (e) => e.thread.id === familyId, 'caregiver to see the family thread');
    expect(seen.every((e) => e.thread.visibility === 'family')).toBe(true);
    expect((await ask(socket, 'note:reply', { patientId: rosaId, threadId: familyId, body: 'I will be there.', mentions: [], idempotencyKey: key() })).ok).toBe(true);
  });

  it('ignores no forged author: unknown fields are rejected and the author comes from the session', async () => {
    const { socket } = await open(coordinator);
    const forged = await ask(socket, 'note:create', { patientId: rosaId, body: 'x', mentions: [], idempotencyKey: key(), authorId: 'someone-else' });
    expect(forged.error?.code).toBe('validation_failed');
    expect(forged.error?.fields?.[0]?.path).toBe('');
  });

  it('answers hostile payloads with a clear error in the ack and stores nothing', async () => {
    const before = (await (await coordinator.get(`/api/patients/${rosaId}/threads?limit=100`)).json()).threads.length;
    const { socket } = await open(coordinator);
    const hostile: unknown[] = [
      { patientId: { $ne: null }, body: 'x', mentions: [], idempotencyKey: key() },
      { patientId: 42, body: 'x', mentions: [], idempotencyKey: key() },
      { patientId: rosaId, body: 'x'.repeat(10_001), mentions: [], idempotencyKey: key() },
      { patientId: rosaId, body: '   ', mentions: [], idempotencyKey: key() },
      { patientId: rosaId, body: 'x', mentions: [{ $gt: '' }], idempotencyKey: key() },
      JSON.parse(`{"patientId":"${rosaId}","body":"x","mentions":[],"idempotencyKey":"${key()}","__proto__":{"isAdmin":true}}`),
      { patientId: rosaId, body: 'x', mentions: [], idempotencyKey: key(), constructor: { prototype: { polluted: true } } },
      'not an object', null, [1, 2, 3],
      { patientId: rosaId, body: 'x', mentions: ['not-on-the-team'], idempotencyKey: key() },
    ];
    for (const payload of hostile) {
      const answer = await ask(socket, 'note:create', payload);
      expect(answer.error, JSON.stringify(payload)?.slice(0, 80)).toBeDefined();
      expect(['validation_failed']).toContain(answer.error!.code);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const after = (await (await coordinator.get(`/api/patients/${rosaId}/threads?limit=100`)).json()).threads.length;
    expect(after).toBe(before);
    expect(socket.connected).toBe(true);
  });

  it('disconnects oversized messages without hurting other users', async () => {
    const { socket } = await open(coordinator);
    const { socket: bystander } = await open(coordinator);
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    (socket as unknown as { emit(event: string, payload: unknown): void }).emit('note:create', { patientId: rosaId, body: 'x'.repeat(200_000), mentions: [], idempotencyKey: key() });
    await gone;
    expect((await ask(bystander, 'patient:join', { patientId: rosaId })).ok).toBe(true);
  });

  it('signing out disconnects the user\'s sockets; removing a member takes them out of the patient\'s rooms', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const { socket } = await open(pharmacist);
    const ended = new Promise((resolve) => socket.once('session:ended', resolve));
    await pharmacist.post('/api/auth/logout');
    await ended;
    await waitFor(() => !socket.connected, 'socket to be disconnected');

    const social = await signedIn(server.url, 'socialworker');
    const { socket: sw } = await open(social);
    expect((await ask(sw, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    const seen = collectChanges(sw);
    const { users } = await (await coordinator.get('/api/staff')).json();
    const id = users.find((u: { name: string }) => u.name === 'Luis Romero, MSW').id;
    expect((await coordinator.delete(`/api/patients/${rosaId}/care-team/${id}`)).status).toBe(204);
    const { socket: coord } = await open(coordinator);
    const marker = await ask(coord, 'note:create', { patientId: rosaId, body: 'After removal', mentions: [], idempotencyKey: key() });
    const { socket: coord2 } = await open(coordinator);
    await ask(coord2, 'patient:join', { patientId: rosaId });
    const coordSeen = collectChanges(coord2);
    await ask(coord, 'note:reply', { patientId: rosaId, threadId: (marker.thread as { id: string }).id, body: 'still removed', mentions: [], idempotencyKey: key() });
    await waitForEvent(coordSeen, () => true, 'a team member to receive the reply');
    expect(seen).toHaveLength(0);
    expect((await ask(sw, 'patient:join', { patientId: rosaId })).error?.code).toBe('not_found');
  });
});
