import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

describe('plan documents: who may open and write them', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  let amaraId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    amaraId = await patientIdByName(coordinator, 'Amara Okafor');
  });
  afterAll(() => server.close());

  const storedUpdates = async (patientId: string, audience: string) => (await server.services.store.documents.load(`plan:${patientId}:${audience}`)).updates.length;

  it('requires sign-in: no session cookie closes with 4401 before any document byte', async () => {
    const client = connectPlan(server.url, null, rosaId, 'shared');
    expect(await whenClosed(client)).toEqual({ code: CLOSE_CODES.unauthenticated, reason: 'Please sign in again.' });
    expect(client.provider.synced).toBe(false);
    client.destroy();
  });

  it('refuses a foreign Origin even with a valid cookie (cross-site websocket hijacking)', async () => {
    const client = connectPlan(server.url, coordinator, rosaId, 'clinical', { origin: 'https://evil.example' });
    expect((await whenClosed(client)).code).toBe(CLOSE_CODES.forbidden);
    expect(client.doc.share.size).toBe(0);
    client.destroy();
  });

  it('refuses a user who is not on the patient\'s care team', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const client = connectPlan(server.url, caregiver, amaraId, 'shared');
    expect((await whenClosed(client)).code).toBe(CLOSE_CODES.forbidden);
    client.destroy();
  });

  it('keeps a family caregiver out of the clinical and sensitive documents', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    for (const audience of ['clinical', 'sensitive'] as const) {
      const client = connectPlan(server.url, caregiver, rosaId, audience);
      expect((await whenClosed(client)).code).toBe(CLOSE_CODES.forbidden);
      client.destroy();
    }
  });

  it('refuses names that are not plan documents', async () => {
    for (const docName of ['plan:x', `plan:${rosaId}:secret`, 'other:thing:shared', `plan:{"$ne":1}:shared`]) {
      const client = connectPlan(server.url, coordinator, rosaId, 'shared', { docName });
      expect((await whenClosed(client)).code).toBe(CLOSE_CODES.notFound);
      client.destroy();
    }
  });

  it('1. a read-only pharmacist opens the shared plan; 2. their edit is dropped and the connection closed with 4405; 3. nothing is stored', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const before = await storedUpdates(rosaId, 'shared');
    const reader = connectPlan(server.url, pharmacist, rosaId, 'shared');
    await whenSynced(reader);
    expect(reader.access).toBe('read');
    reader.doc.getMap('goals').set('forged', 'pharmacist was here');
    expect(await whenClosed(reader)).toEqual({ code: CLOSE_CODES.readOnly, reason: 'Read-only: your role cannot edit this document.' });
    reader.destroy();

    const writer = connectPlan(server.url, coordinator, rosaId, 'shared');
    await whenSynced(writer);
    expect(writer.doc.getMap('goals').get('forged')).toBeUndefined();
    expect(await storedUpdates(rosaId, 'shared')).toBe(before);
    writer.destroy();
  });

  it('lets the coordinator write and tells the client it may', async () => {
    const client = connectPlan(server.url, coordinator, rosaId, 'sensitive');
    await whenSynced(client);
    expect(client.access).toBe('write');
    client.doc.getMap('substanceUse').set('note', 'reviewed');
    await client.whenSaved();
    client.destroy();
  });

  it('gives a stock y-websocket client (no acks parameter) plain sync', async () => {
    const doc = new Y.Doc();
    const client = connectPlan(server.url, coordinator, rosaId, 'clinical', { doc });
    await whenSynced(client);
    expect(client.closed).toBeNull();
    client.destroy();
  });
});
