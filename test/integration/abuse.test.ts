import { COLLAB_MESSAGE, planDocumentName } from '@carehuddle/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';

describe('abuse of the live channels', () => {
  const clock = new ManualClock();
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  beforeAll(async () => {
    server = await startTestServer({ clock, tuning: { socket: { sessionCheckMs: 50 } } });
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('rate-limits a flood of Socket.IO events from one user with a clear ack, while others keep working', async () => {
    const physician = await signedIn(server.url, 'physician');
    const flooder = connectSocket(server.url, coordinator);
    const other = connectSocket(server.url, physician);
    await Promise.all([whenConnected(flooder), whenConnected(other)]);
    const answers = await Promise.all(Array.from({ length: 150 }, () => ask(flooder, 'thread:markRead', { patientId: rosaId, threadId: 'nothing' })));
    const codes = answers.map((a) => a.error?.code);
    expect(codes).toContain('rate_limited');
    expect((await ask(other, 'note:create', { patientId: rosaId, body: 'Still here', mentions: [], idempotencyKey: key() })).ok).toBe(true);
    flooder.disconnect();
    other.disconnect();
  });

  it('ignores awareness messages that claim another client\'s id', async () => {
    const physician = await signedIn(server.url, 'physician');
    const victim = connectPlan(server.url, physician, rosaId, 'shared');
    const observer = connectPlan(server.url, coordinator, rosaId, 'shared');
    await Promise.all([whenSynced(victim), whenSynced(observer)]);
    victim.provider.awareness.setLocalStateField('section', 'goals');
    await waitFor(() => observer.provider.awareness.getStates().has(victim.doc.clientID), 'observer to see the victim');

    const attacker = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${planDocumentName(rosaId, 'shared')}`, { headers: { cookie: coordinator.cookie!, origin: server.url } });
    await new Promise((resolve) => attacker.once('message', resolve));
    const entries = encoding.createEncoder();
    encoding.writeVarUint(entries, 1);
    encoding.writeVarUint(entries, victim.doc.clientID);
    encoding.writeVarUint(entries, 999);
    encoding.writeVarString(entries, JSON.stringify({ user: { name: 'Impostor' }, section: 'medications' }));
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, COLLAB_MESSAGE.awareness);
    encoding.writeVarUint8Array(message, encoding.toUint8Array(entries));
    attacker.send(encoding.toUint8Array(message));
    // A marker from the attacker's own client id proves the server processed the forged message first.
    const marker = encoding.createEncoder();
    encoding.writeVarUint(marker, 1);
    encoding.writeVarUint(marker, 424242);
    encoding.writeVarUint(marker, 1);
    encoding.writeVarString(marker, JSON.stringify({ section: 'marker' }));
    const markerMessage = encoding.createEncoder();
    encoding.writeVarUint(markerMessage, COLLAB_MESSAGE.awareness);
    encoding.writeVarUint8Array(markerMessage, encoding.toUint8Array(marker));
    attacker.send(encoding.toUint8Array(markerMessage));
    await waitFor(() => observer.provider.awareness.getStates().has(424242), 'the marker');
    const state = observer.provider.awareness.getStates().get(victim.doc.clientID) as { user: { name: string }; section: string };
    expect(state.user.name).toBe('Dr. Samuel Okoro');
    expect(state.section).toBe('goals');
    attacker.close();
    victim.destroy();
    observer.destroy();
  });

  it('ends Socket.IO connections at the idle sign-out (the periodic check is not activity)', async () => {
    const nurse = await signedIn(server.url, 'nurse');
    const socket = connectSocket(server.url, nurse);
    await whenConnected(socket);
    clock.advanceMinutes(16);
    await waitFor(() => !socket.connected, 'the idle socket to be disconnected');
    expect((await whenConnected(connectSocket(server.url, nurse)))).toEqual({ ok: false, message: 'Please sign in.' });
  });
});
