import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn, type ApiClient as Client } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

async function staffId(client: Client, name: string): Promise<string> {
  const { users } = (await (await client.get('/api/staff')).json()) as { users: Array<{ id: string; name: string }> };
  return users.find((u) => u.name === name)!.id;
}

describe('care team management', () => {
  let server: TestServer;
  let coordinator: Client;
  let walterId: string;
  let amaraId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    amaraId = await patientIdByName(coordinator, 'Amara Okafor');
  });
  afterAll(() => server.close());

  it('requires sign-in', async () => {
    expect((await new ApiClient(server.url).post(`/api/patients/${walterId}/care-team`, { userId: 'x', role: 'nurse' })).status).toBe(401);
    expect((await new ApiClient(server.url).delete(`/api/patients/${walterId}/care-team/x`)).status).toBe(401);
  });

  it('1. the coordinator adds the social worker; 2. the social worker now sees the patient; 3. the coordinator removes them again', async () => {
    const socialWorkerId = await staffId(coordinator, 'Luis Romero, MSW');
    const socialWorker = await signedIn(server.url, 'socialworker');
    expect((await socialWorker.get(`/api/patients/${walterId}`)).status).toBe(404);

    const added = await coordinator.post(`/api/patients/${walterId}/care-team`, { userId: socialWorkerId, role: 'social_worker' });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ userId: socialWorkerId, role: 'social_worker', isLead: false });
    expect((await socialWorker.get(`/api/patients/${walterId}`)).status).toBe(200);

    expect((await coordinator.delete(`/api/patients/${walterId}/care-team/${socialWorkerId}`)).status).toBe(204);
    expect((await socialWorker.get(`/api/patients/${walterId}`)).status).toBe(404);
  });

  it('refuses a duplicate member, an unknown user and the caregiver role for staff, changing nothing', async () => {
    const physicianId = await staffId(coordinator, 'Dr. Samuel Okoro');
    const before = await (await coordinator.get(`/api/patients/${walterId}`)).json();
    expect((await coordinator.post(`/api/patients/${walterId}/care-team`, { userId: physicianId, role: 'physician' })).status).toBe(409);
    expect((await coordinator.post(`/api/patients/${walterId}/care-team`, { userId: 'nobody', role: 'nurse' })).status).toBe(400);
    const nurseId = await staffId(coordinator, 'Grace Miller, RN');
    const wrongRole = await coordinator.post(`/api/patients/${walterId}/care-team`, { userId: nurseId, role: 'family_caregiver' });
    expect(wrongRole.status).toBe(400);
    expect((await wrongRole.json()).error.fields[0].path).toBe('role');
    const bad = await coordinator.post(`/api/patients/${walterId}/care-team`, { userId: { $ne: null }, role: 'wizard', extra: true });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['body.userId', 'body.role', 'body']));
    const after = await (await coordinator.get(`/api/patients/${walterId}`)).json();
    expect(after.careTeam).toEqual(before.careTeam);
  });

  it('keeps the lead coordinator on the team', async () => {
    const me = await (await coordinator.get('/api/me')).json();
    expect((await coordinator.delete(`/api/patients/${walterId}/care-team/${me.id}`)).status).toBe(409);
  });

  it('lets only coordinators change the team (403 for other members)', async () => {
    const physician = await signedIn(server.url, 'physician');
    const nurseId = await staffId(coordinator, 'Grace Miller, RN');
    expect((await physician.post(`/api/patients/${walterId}/care-team`, { userId: nurseId, role: 'nurse' })).status).toBe(403);
  });

  it('denies a patient the user is not on the team of with 404', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const nurseId = await staffId(coordinator, 'Grace Miller, RN');
    expect((await pharmacist.post(`/api/patients/${amaraId}/care-team`, { userId: nurseId, role: 'nurse' })).status).toBe(404);
  });

  it('refuses cross-site writes that carry the session cookie', async () => {
    const nurseId = await staffId(coordinator, 'Grace Miller, RN');
    const res = await coordinator.request('POST', `/api/patients/${walterId}/care-team`, { userId: nurseId, role: 'nurse' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('bad_origin');
  });
});
