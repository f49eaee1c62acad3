import { addYears, type Caseloads, type Enrollment } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

/** The organization's calendar day (the server reckons dates in America/New_York), moved by `days`. */
const orgDay = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(Date.now() + days * 86_400_000));

describe('enrollment episodes: disenroll, re-enroll, history kept, deadlines follow the current episode', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let walterId: string;
  const enrollment = async (client: ApiClient, id = walterId) => (await (await client.get(`/api/patients/${id}/enrollment`)).json()) as Enrollment;
  const worklistNames = async () => ((await (await coordinator.get('/api/worklist')).json()) as { items: Array<{ patientName: string }> }).items.map((i) => i.patientName);
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('requires sign-in', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${walterId}/enrollment`)).status).toBe(401);
    expect((await new ApiClient(server.url).post(`/api/patients/${walterId}/enrollment`, { action: 'disenroll', on: orgDay(), reason: 'moved' })).status).toBe(401);
  });

  it('other patient → denied: off-team staff and the family get "not found"; clinicians on the team read but do not change it', async () => {
    for (const key of ['socialworker', 'caregiver']) {
      const client = await signedIn(server.url, key);
      expect((await client.get(`/api/patients/${walterId}/enrollment`)).status).toBe(404);
      expect((await client.post(`/api/patients/${walterId}/enrollment`, { action: 'disenroll', on: orgDay(), reason: 'moved' })).status).toBe(404);
    }
    const physician = await signedIn(server.url, 'physician');
    expect(await enrollment(physician)).toMatchObject({ enrolled: true, canChange: false });
    expect((await physician.post(`/api/patients/${walterId}/enrollment`, { action: 'disenroll', on: orgDay(), reason: 'moved' })).status).toBe(403);
  });

  it('a member enrolled before episodes existed has one running episode from the enrollment date', async () => {
    const walter = (await (await coordinator.get(`/api/patients/${walterId}`)).json()) as { enrollmentDate: string };
    expect(await enrollment(coordinator)).toEqual({
      patientId: walterId, enrolled: true, canChange: true, episodes: [{ id: 'initial', program: 'care_coordination', startedOn: walter.enrollmentDate, endedOn: null, endReason: null }],
      retainedUntil: null, retentionYears: 10,
    });
  });

  it('refuses a future last day, a day before the episode, a missing reason and re-enrolling an enrolled member, with sentences beside the fields', async () => {
    const post = (body: unknown) => coordinator.post(`/api/patients/${walterId}/enrollment`, body);
    const field = async (res: Response) => ((await res.json()) as { error: { fields: Array<{ path: string; message: string }> } }).error.fields[0]!;
    expect(await field(await post({ action: 'disenroll', on: orgDay(3), reason: 'moved' }))).toEqual({ path: 'on', message: 'The last day cannot be in the future.' });
    expect((await field(await post({ action: 'disenroll', on: '2001-01-01', reason: 'moved' }))).path).toBe('on');
    const missing = await field(await post({ action: 'disenroll', on: orgDay() }));
    expect(missing.path).toBe('body.reason');
    expect(missing.message).toMatch(/^[A-Z].*\.$/);
    expect((await post({ action: 'enroll', on: orgDay(), program: 'care_coordination' })).status).toBe(409);
    expect((await enrollment(coordinator)).episodes).toHaveLength(1);
  });

  it('1. Walter is on the worklist and caseload; 2. his coordinator disenrolls him (moved); 3. he leaves both, his record stays readable; 4. re-enrolled, his screening clock starts again', async () => {
    const supervisor = await signedIn(server.url, 'supervisor');
    const caseloadNames = async () => ((await (await supervisor.get('/api/caseloads')).json()) as Caseloads).members.map((m) => m.name);
    expect(await worklistNames()).toContain('Walter Kim');
    expect(await caseloadNames()).toContain('Walter Kim');

    const ended = await coordinator.post(`/api/patients/${walterId}/enrollment`, { action: 'disenroll', on: orgDay(-1), reason: 'moved' });
    expect(ended.status).toBe(200);
    // Kept under the retention setting: ten years after the last day.
    expect(await ended.json()).toMatchObject({ enrolled: false, episodes: [{ endedOn: orgDay(-1), endReason: 'moved' }], retainedUntil: addYears(orgDay(-1), 10) });
    expect(await worklistNames()).not.toContain('Walter Kim');
    expect(await caseloadNames()).not.toContain('Walter Kim');
    expect((await coordinator.get(`/api/patients/${walterId}`)).status).toBe(200);
    expect(((await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await coordinator.post(`/api/patients/${walterId}/enrollment`, { action: 'disenroll', on: orgDay(), reason: 'moved' })).status).toBe(409);
    expect((await coordinator.post(`/api/patients/${walterId}/enrollment`, { action: 'enroll', on: orgDay(-1), program: 'transitions_of_care' })).status).toBe(400);

    // 4. A supervisor (not on his team) re-enrolls him today in another program.
    const again = await supervisor.post(`/api/patients/${walterId}/enrollment`, { action: 'enroll', on: orgDay(), program: 'transitions_of_care' });
    expect(again.status).toBe(200);
    const history = (await again.json()) as Enrollment;
    expect(history).toMatchObject({ enrolled: true, retainedUntil: null });
    expect(history.episodes.map((e) => [e.program, e.endReason])).toEqual([['care_coordination', 'moved'], ['transitions_of_care', null]]);
    const tracking = ((await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()) as { items: Array<{ kind: string; dueDate: string; status: string }> }).items;
    expect(tracking.find((d) => d.kind === 'screening')).toMatchObject({ dueDate: orgDay(30), status: 'upcoming' });
    // The patient header and "My patients" reckon the same clock (not the first enrollment's screening).
    const header = (await (await coordinator.get(`/api/patients/${walterId}`)).json()) as { screeningDueDate: string; screeningStatus: string };
    expect(header).toMatchObject({ screeningDueDate: orgDay(30), screeningStatus: 'pending' });
    const row = ((await (await coordinator.get('/api/patients')).json()) as { patients: Array<{ id: string; screeningDueDate: string }> }).patients.find((p) => p.id === walterId);
    expect(row?.screeningDueDate).toBe(orgDay(30));
    expect(await caseloadNames()).toContain('Walter Kim');

    const trail = (await server.services.store.audit.list({ patientId: walterId, limit: 10_000 })).filter((r) => r.type.startsWith('enrollment.') && r.outcome === 'success');
    expect(trail.map((r) => [r.type, r.reason])).toEqual(expect.arrayContaining([['enrollment.disenroll', 'moved'], ['enrollment.enroll', 'transitions_of_care'], ['enrollment.read', null]]));
  });
});
