import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

describe('documents with no connected client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ tuning: { collab: { unloadGraceMs: 50 } } });
  });
  afterAll(() => server.close());

  const inMemory = () => server.features.flatMap((f) => f.inMemory?.() ?? []);

  it('are saved and unloaded from memory after the grace period, and load again intact', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const patientId = await patientIdByName(coordinator, 'Walter Kim');
    const name = `plan:${patientId}:shared`;
    const plan = connectPlan(server.url, coordinator, patientId, 'shared');
    await whenSynced(plan);
    plan.doc.getMap('goals').set('g', 'Garden twice a week');
    await plan.whenSaved();
    expect(inMemory()).toContain(name);
    plan.destroy();
    await waitFor(() => !inMemory().includes(name), 'the document to be unloaded');

    const again = connectPlan(server.url, coordinator, patientId, 'shared');
    await whenSynced(again);
    expect(again.doc.getMap('goals').get('g')).toBe('Garden twice a week');
    expect(inMemory()).toContain(name);
    again.destroy();
  });
});
