import { CLOSE_CODES, planDocumentName, PLAN_AUDIENCES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/** Everything the server sends a raw websocket for one document, until it refuses or has sent the whole document. */
async function framesFor(server: TestServer, client: ApiClient, docName: string): Promise<{ bytes: Buffer; closeCode: number | null }> {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/collab/${docName}`, { headers: { origin: server.url, cookie: client.cookie! } });
  const frames: Buffer[] = [];
  let closeCode: number | null = null;
  ws.on('message', (data: Buffer) => frames.push(data));
  ws.on('close', (code) => { closeCode = code; });
  // Asking for the whole document (sync step 1 with an empty state vector) makes the server send all it would ever send.
  ws.on('open', () => ws.send(Buffer.from([0, 0, 1, 0])));
  // Sync step 2 (message 0, sync type 1) is the answer that carries the document.
  await waitFor(() => closeCode !== null || frames.some((f) => f[0] === 0 && f[1] === 1), 'the server to answer or refuse');
  ws.close();
  return { bytes: Buffer.concat(frames), closeCode };
}

describe("the clinical and restricted documents never reach a caregiver's client", () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let caregiver: ApiClient;
  let rosaId: string;
  const SECRET = (audience: string) => `SECRET-${audience}-marker`;

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    caregiver = await signedIn(server.url, 'caregiver');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    // 1. The coordinator writes a marker into every document but the shared one, and into the shared one deletes one again.
    for (const audience of PLAN_AUDIENCES) {
      const plan = connectPlan(server.url, coordinator, rosaId, audience);
      await whenSynced(plan);
      const section = plan.doc.getMap('needs');
      section.set('kept', SECRET(audience));
      section.set('deleted', `${SECRET(audience)}-deleted`);
      section.delete('deleted');
      await plan.whenSaved();
      plan.destroy();
    }
  });
  afterAll(() => server.close());

  it('2. the caregiver asking for each restricted document gets a refusal before any byte of it', async () => {
    for (const audience of PLAN_AUDIENCES.filter((a) => a !== 'shared')) {
      const { bytes, closeCode } = await framesFor(server, caregiver, planDocumentName(rosaId, audience));
      expect(closeCode).toBe(CLOSE_CODES.forbidden);
      expect(bytes.length).toBe(0);
    }
  });

  it('3. the shared document the caregiver receives holds no trace of the others, deleted content included', async () => {
    const { bytes, closeCode } = await framesFor(server, caregiver, planDocumentName(rosaId, 'shared'));
    expect(closeCode).toBeNull();
    const text = bytes.toString('latin1');
    for (const audience of PLAN_AUDIENCES.filter((a) => a !== 'shared')) expect(text).not.toContain(SECRET(audience));
    // The shared document's own deleted content is the team's to share; it is the only marker there.
    expect(text).toContain(SECRET('shared'));
    // And the frames really are the document: a Yjs client builds the shared plan from them.
    const viewer = connectPlan(server.url, caregiver, rosaId, 'shared', { doc: new Y.Doc() });
    await whenSynced(viewer);
    expect(viewer.doc.getMap('needs').get('kept')).toBe(SECRET('shared'));
    viewer.destroy();
  });

  it('4. team-only threads reach neither the caregiver\'s socket nor their HTTP reads', async () => {
    const coordinatorSocket = connectSocket(server.url, coordinator);
    const caregiverSocket = connectSocket(server.url, caregiver);
    await whenConnected(coordinatorSocket);
    await whenConnected(caregiverSocket);
    await ask(caregiverSocket, 'patient:join', { patientId: rosaId });
    const received: string[] = [];
    caregiverSocket.onAny((_event, payload: unknown) => received.push(JSON.stringify(payload)));
    const team = await ask(coordinatorSocket, 'note:create', { patientId: rosaId, body: SECRET('team-thread'), mentions: [], idempotencyKey: key() });
    await ask(coordinatorSocket, 'note:create', { patientId: rosaId, visibility: 'family', body: 'For the family', mentions: [], idempotencyKey: key() });
    await waitFor(() => received.some((r) => r.includes('For the family')), 'the family thread to arrive');
    expect(received.join('\n')).not.toContain(SECRET('team-thread'));
    const threadId = (team.thread as { id: string }).id;
    expect((await caregiver.get(`/api/patients/${rosaId}/threads/${threadId}`)).status).toBe(404);
    expect(await (await caregiver.get(`/api/patients/${rosaId}/threads`)).text()).not.toContain(SECRET('team-thread'));
    expect((await ask(caregiverSocket, 'note:reply', { patientId: rosaId, threadId, body: 'Let me in', mentions: [], idempotencyKey: key() })).error?.code).toBe('not_found');
    coordinatorSocket.disconnect();
    caregiverSocket.disconnect();
  });

  it('5. other patients stay out of reach on every channel', async () => {
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    expect((await caregiver.get(`/api/patients/${walterId}`)).status).toBe(404);
    const { closeCode } = await framesFor(server, caregiver, planDocumentName(walterId, 'shared'));
    expect(closeCode).toBe(CLOSE_CODES.forbidden);
    const socket = connectSocket(server.url, caregiver);
    await whenConnected(socket);
    expect((await ask(socket, 'patient:join', { patientId: walterId })).error?.code).toBe('not_found');
    socket.disconnect();
  });
});
