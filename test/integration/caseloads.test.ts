import type { Caseloads, ReassignResult } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';

async function staffIdOf(client: ApiClient, name: string): Promise<string> {
  const { users } = (await (await client.get('/api/staff')).json()) as { users: Array<{ id: string; name: string }> };
  return users.find((u) => u.name === name)!.id;
}

const patientsOf = async (client: ApiClient) => ((await (await client.get('/api/patients')).json()) as { patients: Array<{ id: string; name: string; myRole: string }> }).patients;

describe('caseloads: supervisors see every coordinator\'s caseload and hand members to another lead', () => {
  let server: TestServer;
  let supervisor: ApiClient;
  let coordinator: ApiClient;
  let nurse: ApiClient;
  let ids: { rosa: string; walter: string; amara: string; maya: string; grace: string };
  beforeAll(async () => {
    server = await startTestServer();
    [supervisor, coordinator, nurse] = await Promise.all([signedIn(server.url, 'supervisor'), signedIn(server.url, 'coordinator'), signedIn(server.url, 'nurse')]);
    ids = {
      rosa: await patientIdByName(coordinator, 'Rosa Delgado'), walter: await patientIdByName(coordinator, 'Walter Kim'), amara: await patientIdByName(coordinator, 'Amara Okafor'),
      maya: await staffIdOf(coordinator, 'Maya Chen'), grace: await staffIdOf(coordinator, 'Grace Miller, RN'),
    };
  });
  afterAll(() => server.close());

  it('requires sign-in', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/caseloads')).status).toBe(401);
    expect((await anonymous.post('/api/caseloads/reassign', { patientIds: [ids.rosa], toUserId: ids.grace, note: 'x' })).status).toBe(401);
  });

  it('is refused to coordinators, clinicians and family, and the refusal is audited', async () => {
    for (const key of ['coordinator', 'physician', 'caregiver']) {
      const client = await signedIn(server.url, key);
      expect((await client.get('/api/caseloads')).status).toBe(403);
      expect((await client.post('/api/caseloads/reassign', { patientIds: [ids.rosa], toUserId: ids.grace, note: 'Balancing' })).status).toBe(403);
    }
    const denied = (await server.services.store.audit.list({ limit: 10_000 })).filter((r) => r.type === 'caseload.reassign' && r.outcome === 'denied');
    expect(denied).toHaveLength(3);
  });

  it('shows each coordinator\'s members by risk level with overdue, not-reached and screening counts, auditing every member shown', async () => {
    const res = await supervisor.get('/api/caseloads');
    expect(res.status).toBe(200);
    const caseloads = (await res.json()) as Caseloads;
    const maya = caseloads.coordinators.find((c) => c.userId === ids.maya)!;
    expect(maya).toMatchObject({ name: 'Maya Chen', members: 3, byRisk: { High: 1, Moderate: 1, Low: 1, unscreened: 0 } });
    // Rosa was last reached 45 days ago and Walter never; Amara last week.
    expect(maya.notReached).toBe(2);
    const grace = caseloads.coordinators.find((c) => c.userId === ids.grace)!;
    // James has no risk level yet, and his screening went unanswered after three documented attempts.
    expect(grace).toMatchObject({ members: 1, byRisk: { unscreened: 1 }, screeningsDue: 1 });
    expect(caseloads.members.map((m) => m.name)).toEqual(['Amara Okafor', 'James Whitfield', 'Rosa Delgado', 'Walter Kim']);
    const reads = await server.services.store.audit.list({ limit: 10_000 });
    const shown = new Set(reads.filter((r) => r.type === 'caseload.read' && r.outcome === 'success').map((r) => r.patientId));
    for (const m of caseloads.members) expect(shown.has(m.patientId)).toBe(true);
  });

  it('refuses an unknown coordinator, a family account, an unknown member and an empty choice, changing nothing', async () => {
    const caregiverId = ((await (await (await signedIn(server.url, 'caregiver')).get('/api/me')).json()) as { id: string }).id;
    const tries: Array<[unknown, string]> = [
      [{ patientIds: [ids.rosa], toUserId: 'nobody', note: 'Balancing' }, 'toUserId'],
      [{ patientIds: [ids.rosa], toUserId: caregiverId, note: 'Balancing' }, 'toUserId'],
      [{ patientIds: [ids.rosa, 'no-such-member'], toUserId: ids.grace, note: 'Balancing' }, 'patientIds'],
      [{ patientIds: [], toUserId: ids.grace, note: 'Balancing' }, 'body.patientIds'],
      [{ patientIds: [ids.rosa], toUserId: ids.grace, note: '   ' }, 'body.note'],
    ];
    for (const [body, field] of tries) {
      const res = await supervisor.post('/api/caseloads/reassign', body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { fields: Array<{ path: string; message: string }> } };
      expect(error.fields.map((f) => f.path)).toContain(field);
      expect(error.fields[0]!.message).toMatch(/^[A-Z].*\.$/);
    }
    expect((await patientsOf(coordinator)).map((p) => p.name).sort()).toEqual(['Amara Okafor', 'Rosa Delgado', 'Walter Kim']);
  });

  it('1. the nurse has her patients open live; 2. the supervisor hands Rosa and Walter to her with a note; 3. she is told live and leads them; 4. Maya\'s open items moved with them; 5. Maya left their teams', async () => {
    const live = connectSocket(server.url, nurse);
    const arrived: string[][] = [];
    live.on('caseload:assigned', ({ patientIds }) => arrived.push(patientIds));
    const handed: string[] = [];
    live.on('task:assigned', ({ taskId }) => handed.push(taskId));
    try {
      expect(await whenConnected(live)).toEqual({ ok: true });
      const res = await supervisor.post('/api/caseloads/reassign', { patientIds: [ids.rosa, ids.walter, ids.rosa], toUserId: ids.grace, note: 'Maya is on leave from Monday.' });
      expect(res.status).toBe(200);
      const result = (await res.json()) as ReassignResult;
      // Rosa's open referral task and her tracked orthopedics referral were Maya's.
      expect(result).toEqual({ moved: 2, unchanged: 0, itemsMoved: 2, itemsNotMoved: 0 });
      await waitFor(() => arrived.length === 1, 'the new lead to be told');
      expect(arrived[0]!.sort()).toEqual([ids.rosa, ids.walter].sort());
      await waitFor(() => handed.includes('demo-task-referral'), 'the moved task to be announced');
    } finally {
      live.disconnect();
    }
    const mine = await patientsOf(nurse);
    expect(mine.filter((p) => p.myRole === 'care_coordinator').map((p) => p.name).sort()).toEqual(['James Whitfield', 'Rosa Delgado', 'Walter Kim']);
    const rosa = (await (await nurse.get(`/api/patients/${ids.rosa}`)).json()) as { careTeam: Array<{ userId: string; role: string; isLead: boolean }> };
    expect(rosa.careTeam.find((m) => m.isLead)).toMatchObject({ userId: ids.grace, role: 'care_coordinator' });
    expect(rosa.careTeam.some((m) => m.userId === ids.maya)).toBe(false);
    const tasks = ((await (await nurse.get(`/api/patients/${ids.rosa}/tasks`)).json()) as { tasks: Array<{ id: string; ownerId: string; handoffNote: string }> }).tasks;
    expect(tasks.find((t) => t.id === 'demo-task-referral')).toMatchObject({ ownerId: ids.grace, handoffNote: 'Maya is on leave from Monday.' });
    const referral = (await server.services.store.tracking.listForPatients([ids.rosa])).find((i) => i.kind === 'referral');
    expect(referral?.ownerId).toBe(ids.grace);
    expect((await patientsOf(coordinator)).map((p) => p.name)).toEqual(['Amara Okafor']);
    expect((await coordinator.get(`/api/patients/${ids.rosa}`)).status).toBe(404);
    const caseloads = (await (await supervisor.get('/api/caseloads')).json()) as Caseloads;
    expect(caseloads.coordinators.map((c) => [c.name, c.members])).toEqual([['Grace Miller, RN', 3], ['Maya Chen', 1]]);
    const trail = (await server.services.store.audit.list({ limit: 10_000 })).filter((r) => r.type === 'caseload.reassign' && r.outcome === 'success');
    expect(trail.map((r) => r.patientId).sort()).toEqual([ids.rosa, ids.walter].sort());
  });

  it('leaves members the new coordinator already leads as they are', async () => {
    const res = await supervisor.post('/api/caseloads/reassign', { patientIds: [ids.walter], toUserId: ids.grace, note: 'Again' });
    expect(await res.json()).toEqual({ moved: 0, unchanged: 1, itemsMoved: 0, itemsNotMoved: 0 });
  });

  it('1. the admin makes the physician a supervisor; 2. she sees the caseloads; 3. the admin takes it back; 4. she is refused again', async () => {
    const admin = await signedIn(server.url, 'admin');
    const physician = await signedIn(server.url, 'physician');
    const physicianId = await staffIdOf(admin, 'Dr. Samuel Okoro');
    expect((await physician.get('/api/caseloads')).status).toBe(403);
    const granted = await admin.request('PATCH', `/api/admin/users/${physicianId}`, { isSupervisor: true });
    expect(await granted.json()).toMatchObject({ isSupervisor: true, disabled: false });
    expect((await physician.get('/api/caseloads')).status).toBe(200);
    expect(await (await physician.get('/api/me')).json()).toMatchObject({ isSupervisor: true });
    await admin.request('PATCH', `/api/admin/users/${physicianId}`, { isSupervisor: false });
    expect((await physician.get('/api/caseloads')).status).toBe(403);
    expect((await coordinator.request('PATCH', `/api/admin/users/${physicianId}`, { isSupervisor: true })).status).toBe(403);
    expect((await admin.request('PATCH', `/api/admin/users/${physicianId}`, {})).status).toBe(400);
  });
});
