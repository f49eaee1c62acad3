import { CLOSE_CODES, COLLAB_MESSAGE, MAX_COLLAB_MESSAGE_BYTES, planDocumentName } from '@carehuddle/shared';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

/** A raw websocket to a plan document, bypassing y-websocket. */
function rawSocket(server: TestServer, client: ApiClient, patientId: string): Promise<WebSocket> {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${planDocumentName(patientId, 'shared')}`, {
    headers: { cookie: client.cookie!, origin: server.url },
  });
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve(ws));
    ws.once('error', reject);
  });
}

function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, COLLAB_MESSAGE.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('hostile input on the collaboration endpoint', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let patientId: string;
  let storedBefore: string;

  const storedState = async () => {
    const doc = new Y.Doc();
    const { snapshot, updates } = await server.services.store.documents.load(planDocumentName(patientId, 'shared'));
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const u of updates) Y.applyUpdate(doc, u.update);
    return JSON.stringify(doc.toJSON());
  };

  beforeAll(async () => {
    server = await startTestServer({ tuning: { collab: { messagesBurst: 50, messagesPerSecond: 10 } } });
    coordinator = await signedIn(server.url, 'coordinator');
    patientId = await patientIdByName(coordinator, 'Amara Okafor');
    const writer = connectPlan(server.url, coordinator, patientId, 'shared');
    await whenSynced(writer);
    writer.doc.getMap('goals').set('g1', 'Keep walking with her sister');
    await writer.whenSaved();
    writer.destroy();
    storedBefore = await storedState();
  });
  afterAll(() => server.close());

  it('closes with 4400 on an update that does not decode, and the stored plan is unharmed', async () => {
    const ws = await rawSocket(server, coordinator, patientId);
    const closed = closeOf(ws);
    ws.send(updateMessage(new Uint8Array([255, 255, 255, 255, 1, 2, 3])));
    expect(await closed).toEqual({ code: CLOSE_CODES.badMessage, reason: 'Malformed message; nothing of it was applied.' });
    expect(await storedState()).toBe(storedBefore);
  });

  it('closes with 4413 on an oversized message', async () => {
    const ws = await rawSocket(server, coordinator, patientId);
    const closed = closeOf(ws);
    ws.send(new Uint8Array(MAX_COLLAB_MESSAGE_BYTES + 10));
    expect((await closed).code).toBe(CLOSE_CODES.messageTooLarge);
  });

  it('rate-limits a flood from one connection with 4429 while another user keeps working', async () => {
    const physician = await signedIn(server.url, 'physician');
    const bystander = connectPlan(server.url, physician, patientId, 'shared');
    await whenSynced(bystander);
    const ws = await rawSocket(server, coordinator, patientId);
    const closed = closeOf(ws);
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    for (let i = 0; i < 200; i += 1) ws.send(updateMessage(empty));
    expect((await closed).code).toBe(CLOSE_CODES.rateLimited);
    bystander.doc.getMap('goals').set('g2', 'still saving');
    await bystander.whenSaved();
    bystander.destroy();
  });

  it('survives 10,000 random messages without an uncaught error or damage to the stored plan', async () => {
    let sockets = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ minLength: 0, maxLength: 64 }), { minLength: 100, maxLength: 100 }), async (messages) => {
        const ws = await rawSocket(server, coordinator, patientId);
        sockets += 1;
        const closed = closeOf(ws);
        for (const m of messages) {
          if (ws.readyState !== ws.OPEN) break;
          // Half raw bytes, half random bytes dressed as a sync update.
          ws.send(m.length % 2 === 0 ? m : updateMessage(m));
        }
        ws.close();
        await closed;
      }),
      { numRuns: 100 },
    );
    expect(sockets).toBe(100);
    const check = connectPlan(server.url, coordinator, patientId, 'shared', { doc: new Y.Doc() });
    await whenSynced(check);
    expect(check.doc.getMap('goals').get('g1')).toBe('Keep walking with her sister');
    check.destroy();
  });
});
