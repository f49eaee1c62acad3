import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

async function staffId(client: ApiClient, name: string): Promise<string> {
  const { users } = await (await client.get('/api/staff')).json();
  return (users as Array<{ id: string; name: string }>).find((u) => u.name === name)!.id;
}

describe('live plan connections end when access ends', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let walterId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('1. the pharmacist has the clinical plan open; 2. signs out in another tab; 3. the connection closes with 4401 and reconnecting is refused', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const plan = connectPlan(server.url, pharmacist, walterId, 'clinical');
    await whenSynced(plan);
    const cookie = pharmacist.cookie;
    await pharmacist.post('/api/auth/logout');
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.unauthenticated);
    plan.destroy();
    pharmacist.cookie = cookie;
    const again = connectPlan(server.url, pharmacist, walterId, 'clinical');
    expect((await whenClosed(again)).code).toBe(CLOSE_CODES.unauthenticated);
    again.destroy();
  });

  it('1. the behavioral health clinician has the plan open; 2. the coordinator removes them from the team; 3. the connection closes with 4410 and reconnecting is refused', async () => {
    const behavioral = await signedIn(server.url, 'behavioral');
    const plan = connectPlan(server.url, behavioral, walterId, 'shared');
    await whenSynced(plan);
    const id = await staffId(coordinator, 'Dr. Hannah Weiss');
    expect((await coordinator.delete(`/api/patients/${walterId}/care-team/${id}`)).status).toBe(204);
    expect(await whenClosed(plan)).toEqual({ code: CLOSE_CODES.accessRevoked, reason: 'Your access to this document was withdrawn.' });
    plan.destroy();
    const again = connectPlan(server.url, behavioral, walterId, 'shared');
    expect((await whenClosed(again)).code).toBe(CLOSE_CODES.forbidden);
    again.destroy();
  });
});
