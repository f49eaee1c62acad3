import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { awarenessUpdate, rawPlanSocket } from '../support/rawCollab';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';

const BAD_MESSAGE = { code: CLOSE_CODES.badMessage, reason: 'Malformed message; nothing of it was applied.' };
const TOO_MANY = { code: CLOSE_CODES.tooManyConnections, reason: 'Too many open connections; close other tabs and try again.' };

describe('presence is bounded: what one reader can make the server hold', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let caregiver: ApiClient;
  let rosaId: string;
  let observer: PlanClient;
  beforeAll(async () => {
    server = await startTestServer({
      tuning: { collab: { connectionsPerSession: 3, connectionsPerUser: 5 }, socket: { connectionsPerSession: 2, connectionsPerUser: 3 } },
    });
    coordinator = await signedIn(server.url, 'coordinator');
    caregiver = await signedIn(server.url, 'caregiver');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    observer = connectPlan(server.url, await signedIn(server.url, 'physician'), rosaId, 'shared');
    await whenSynced(observer);
  });
  afterAll(async () => {
    observer.destroy();
    await server.close();
  });

  const seen = (clientId: number) => observer.provider.awareness.getStates().get(clientId);

  it('1. the family caregiver sends 64 new presence client ids at once: closed with 4400; 2. none of them reaches anyone; 3. one tab\'s own presence still works', async () => {
    const flood = await rawPlanSocket(server.url, caregiver, rosaId, 'shared');
    flood.sendAwareness(awarenessUpdate(Array.from({ length: 64 }, (_, i) => ({ clientId: 10_000 + i, clock: 1, state: { section: 'goals' } }))));
    expect(await flood.closed).toEqual(BAD_MESSAGE);
    const tab = await rawPlanSocket(server.url, caregiver, rosaId, 'shared');
    tab.sendAwareness(awarenessUpdate([{ clientId: 20_000, clock: 1, state: { section: 'goals' } }]));
    await waitFor(() => seen(20_000) !== undefined, 'the caregiver\'s own presence');
    expect([...observer.provider.awareness.getStates().keys()].filter((id) => id >= 10_000 && id < 10_064)).toEqual([]);
    tab.ws.close();
    await tab.closed;
  });

  it('parses presence with the strict schema: unknown fields and oversized states are refused, and only the app\'s fields are relayed', async () => {
    for (const state of [{ section: 'goals', payload: 'x'.repeat(100) }, { section: 'goals', user: { name: 'x'.repeat(5_000) } }, { section: 42 }]) {
      const raw = await rawPlanSocket(server.url, caregiver, rosaId, 'shared');
      raw.sendAwareness(awarenessUpdate([{ clientId: 30_000, clock: 1, state }]));
      expect(await raw.closed).toEqual(BAD_MESSAGE);
    }
    const raw = await rawPlanSocket(server.url, caregiver, rosaId, 'shared');
    raw.sendAwareness(awarenessUpdate([{ clientId: 30_001, clock: 1, state: { section: 'goals', idle: false, user: { name: 'Impostor', color: 'red' } } }]));
    await waitFor(() => seen(30_001) !== undefined, 'the caregiver\'s presence');
    expect(seen(30_001)).toEqual({ section: 'goals', idle: false, user: { userId: expect.any(String), name: 'Elena Delgado', role: 'family_caregiver', color: expect.any(String) } });
    raw.ws.close();
    await raw.closed;
  });

  it('relays the rich-text editor\'s caret, which puts Y.RelativePosition objects into presence as they are', async () => {
    const editor = connectPlan(server.url, coordinator, rosaId, 'shared');
    await whenSynced(editor);
    const notes = new Y.XmlText();
    editor.doc.getMap('goals').set('caret-goal', notes);
    notes.insert(0, 'Walk with her sister');
    const cursor = { anchor: Y.createRelativePositionFromTypeIndex(notes, 4, -1), head: Y.createRelativePositionFromTypeIndex(notes, 0, -1) };
    editor.provider.awareness.setLocalStateField('cursor', cursor);
    await waitFor(() => seen(editor.doc.clientID)?.cursor !== undefined, 'the coordinator\'s caret');
    expect(seen(editor.doc.clientID)?.cursor).toEqual(JSON.parse(JSON.stringify(cursor)));
    expect(editor.closed).toBeNull();
    editor.destroy();
  });

  it('gives presence its own smaller rate: 60 presence messages at once are coalesced to the latest, and the tab stays connected', async () => {
    const raw = await rawPlanSocket(server.url, caregiver, rosaId, 'shared');
    const relayed: boolean[] = [];
    const onChange = ({ added, updated }: { added: number[]; updated: number[] }) => {
      if ([...added, ...updated].includes(40_000)) relayed.push(seen(40_000)?.idle === true);
    };
    observer.provider.awareness.on('change', onChange);
    for (let clock = 1; clock <= 60; clock += 1) {
      raw.sendAwareness(awarenessUpdate([{ clientId: 40_000, clock, state: { section: 'goals', idle: clock === 60 } }]));
    }
    await waitFor(() => seen(40_000)?.idle === true, 'the latest presence state to arrive');
    observer.provider.awareness.off('change', onChange);
    // Fewer states reached the room than were sent: the ones over the rate were replaced by the latest.
    expect(relayed.length).toBeLessThan(60);
    await raw.roundTrip();
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    raw.ws.close();
    await raw.closed;
  });

  it('caps collaboration connections per session and per user, and frees a slot when a connection ends', async () => {
    // 1. Three connections of one session are fine; the fourth is refused with 4409.
    const open = await Promise.all([0, 1, 2].map(() => rawPlanSocket(server.url, coordinator, rosaId, 'shared')));
    const fourth = await rawPlanSocket(server.url, coordinator, rosaId, 'shared');
    expect(await fourth.closed).toEqual(TOO_MANY);
    // 2. Closing one frees its slot.
    open[0]!.ws.close();
    await open[0]!.closed;
    await waitFor(async () => {
      const again = await rawPlanSocket(server.url, coordinator, rosaId, 'shared');
      const admitted = await Promise.race([again.roundTrip().then(() => again.ws.readyState === again.ws.OPEN), again.closed.then(() => false)]);
      if (admitted) open[0] = again;
      return admitted;
    }, 'a freed slot');
    // 3. A second session of the same user adds two more (five per user); the sixth is refused.
    const second = await signedIn(server.url, 'coordinator');
    const more = await Promise.all([0, 1].map(() => rawPlanSocket(server.url, second, rosaId, 'shared')));
    const sixth = await rawPlanSocket(server.url, second, rosaId, 'shared');
    expect(await sixth.closed).toEqual(TOO_MANY);
    for (const raw of [...open, ...more]) raw.ws.close();
    await Promise.all([...open, ...more].map((raw) => raw.closed));
  });

  it('caps Socket.IO connections per user across sessions', async () => {
    const sessions = [await signedIn(server.url, 'socialworker'), await signedIn(server.url, 'socialworker')];
    const sockets = [connectSocket(server.url, sessions[0]!), connectSocket(server.url, sessions[0]!), connectSocket(server.url, sessions[1]!)];
    for (const s of sockets) expect(await whenConnected(s)).toEqual({ ok: true });
    const fourth = connectSocket(server.url, sessions[1]!);
    expect(await whenConnected(fourth)).toEqual({ ok: false, message: 'Too many open connections; close other tabs and try again.' });
    for (const s of sockets) s.disconnect();
  });

  it('caps Socket.IO connections per session the same way', async () => {
    const nurse = await signedIn(server.url, 'nurse');
    const sockets = [connectSocket(server.url, nurse), connectSocket(server.url, nurse)];
    for (const s of sockets) expect(await whenConnected(s)).toEqual({ ok: true });
    const third = connectSocket(server.url, nurse);
    expect(await whenConnected(third)).toEqual({ ok: false, message: 'Too many open connections; close other tabs and try again.' });
    sockets[0]!.disconnect();
    await waitFor(async () => {
      const again = connectSocket(server.url, nurse);
      const result = await whenConnected(again);
      if (result.ok) sockets[0] = again;
      return result.ok;
    }, 'a freed socket slot');
    for (const s of sockets) s.disconnect();
  });
});
