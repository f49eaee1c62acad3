import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@carehuddle/shared';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir } from '../support/serverProcess';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('two server nodes serve one team through Redis', () => {
  const dataDir = makeDataDir();
  let nodeA: TestServer;
  let nodeB: TestServer;
  beforeAll(async () => {
    nodeA = await startTestServer({ store: openSqliteStore(dataDir), redisUrl: REDIS_URL });
    nodeB = await startTestServer({ store: openSqliteStore(dataDir), redisUrl: REDIS_URL });
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    removeDataDir(dataDir);
  });

  it('1. the coordinator edits on node A; 2. the physician on node B sees the edit and the presence; 3. and the reverse', async () => {
    const coordinator = await signedIn(nodeA.url, 'coordinator');
    const physician = await signedIn(nodeB.url, 'physician');
    const patientId = await patientIdByName(coordinator, 'Amara Okafor');
    const onA = connectPlan(nodeA.url, coordinator, patientId, 'shared');
    const onB = connectPlan(nodeB.url, physician, patientId, 'shared');
    await Promise.all([whenSynced(onA), whenSynced(onB)]);

    onA.doc.getMap('goals').set('from-a', 'Join the Tuesday walking group');
    await waitFor(() => onB.doc.getMap('goals').get('from-a') === 'Join the Tuesday walking group', 'node B client to get node A edit');
    onB.doc.getMap('goals').set('from-b', 'Blood pressure check monthly');
    await waitFor(() => onA.doc.getMap('goals').get('from-b') === 'Blood pressure check monthly', 'node A client to get node B edit');

    onB.provider.awareness.setLocalStateField('section', 'goals');
    await waitFor(() => [...onA.provider.awareness.getStates().values()].some((s) => (s as { user?: { name?: string } }).user?.name === 'Dr. Samuel Okoro'), 'presence across nodes');
    await Promise.all([onA.whenSaved(), onB.whenSaved()]);
    const stored = await nodeA.services.store.documents.load(`plan:${patientId}:shared`);
    expect(stored.updates.length).toBeGreaterThanOrEqual(2);
    onA.destroy();
    onB.destroy();
  });

  it('1. a user on each node types; 2. each update is stored exactly once, by the node that accepted it; 3. both users see everything as saved', async () => {
    const coordinator = await signedIn(nodeA.url, 'coordinator');
    const physician = await signedIn(nodeB.url, 'physician');
    const patientId = await patientIdByName(coordinator, 'Walter Kim');
    const name = `plan:${patientId}:clinical`;
    const before = (await nodeA.services.store.documents.load(name)).updates.length;
    const onA = connectPlan(nodeA.url, coordinator, patientId, 'clinical');
    const onB = connectPlan(nodeB.url, physician, patientId, 'clinical');
    await Promise.all([whenSynced(onA), whenSynced(onB)]);
    // Every update a client makes itself (not one it received) is one message to its node.
    let sent = 0;
    for (const client of [onA, onB]) client.doc.on('update', (_u: Uint8Array, origin: unknown) => { if (origin !== client.provider) sent += 1; });

    for (let i = 0; i < 20; i += 1) {
      onA.doc.getArray<string>('medications').push([`a-${i}`]);
      onB.doc.getArray<string>('medications').push([`b-${i}`]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => onA.doc.getArray('medications').length === 40 && onB.doc.getArray('medications').length === 40, 'both nodes to relay every edit');
    // Node B's client is acknowledged for node A's edits only through node A's commit notice, and the reverse.
    await Promise.all([onA.whenSaved(), onB.whenSaved()]);
    const stored = await nodeB.services.store.documents.load(name);
    expect(sent).toBe(40);
    expect(stored.updates.length - before).toBe(sent);
    onA.destroy();
    onB.destroy();
  });

  it('1. Elena has the shared plan open on node B; 2. the coordinator withdraws her consent on node A; 3. node B closes her connection at once', async () => {
    const coordinator = await signedIn(nodeA.url, 'coordinator');
    const caregiver = await signedIn(nodeB.url, 'caregiver');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const plan = connectPlan(nodeB.url, caregiver, rosaId, 'shared');
    await whenSynced(plan);
    const { current } = await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json();
    const withdrawn = await coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current.preferences, family: [] }, method: 'verbal', givenOn: '2026-11-01' });
    expect(withdrawn.status).toBe(201);
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.accessRevoked);
    plan.destroy();
  });
});
