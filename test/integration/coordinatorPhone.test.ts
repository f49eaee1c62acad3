import type { CareTeamMember, PatientDetail, StaffUser } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

const PHONE_SENTENCE = 'Enter a phone number with at least 7 digits, such as 555-201-3344.';

describe("the care coordinator's work phone: set by staff or an admin, given to the family and the member for their coordinator only", () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let admin: ApiClient;
  let caregiver: ApiClient;
  let member: ApiClient;
  let rosaId: string;
  let amaraId: string;
  const teamSeenBy = async (client: ApiClient, patientId: string): Promise<CareTeamMember[]> => {
    const res = await client.get(`/api/patients/${patientId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as PatientDetail).careTeam;
  };
  const phonesSeenBy = async (client: ApiClient, patientId: string) =>
    Object.fromEntries((await teamSeenBy(client, patientId)).filter((m) => m.workPhone !== null).map((m) => [m.name, m.workPhone]));
  const staffId = async (name: string) => ((await (await admin.get('/api/staff')).json()) as { users: StaffUser[] }).users.find((u) => u.name === name)!.id;

  beforeAll(async () => {
    server = await startTestServer();
    [coordinator, physician, admin, caregiver, member] = await Promise.all([
      signedIn(server.url, 'coordinator'), signedIn(server.url, 'physician'), signedIn(server.url, 'admin'),
      signedIn(server.url, 'caregiver'), signedIn(server.url, 'member'),
    ]);
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    amaraId = await patientIdByName(coordinator, 'Amara Okafor');
  });
  afterAll(() => server.close());

  it('requires sign-in, and only staff have a work phone', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/account/work-phone')).status).toBe(401);
    expect((await anonymous.put('/api/account/work-phone', { workPhone: '555-201-3344' })).status).toBe(401);
    const refused = await caregiver.put('/api/account/work-phone', { workPhone: '555-201-3344' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/^Only staff accounts have a work phone/);
    expect((await member.get('/api/account/work-phone')).status).toBe(403);
  });

  it('a phone that is not one is refused with the sentence, on the account page and by an admin', async () => {
    const own = await physician.put('/api/account/work-phone', { workPhone: 'call me' });
    expect(own.status).toBe(400);
    expect((await own.json()).error.fields).toEqual([{ path: 'body.workPhone', message: PHONE_SENTENCE }]);
    const byAdmin = await admin.request('PATCH', `/api/admin/users/${await staffId('Dr. Samuel Okoro')}`, { workPhone: '12' });
    expect(byAdmin.status).toBe(400);
    expect((await byAdmin.json()).error.fields).toEqual([{ path: 'body.workPhone', message: PHONE_SENTENCE }]);
    // A family account has no work phone to set, even for an admin.
    const elenaId = (await teamSeenBy(coordinator, rosaId)).find((m) => m.name === 'Elena Delgado')!.userId;
    const notStaff = await admin.request('PATCH', `/api/admin/users/${elenaId}`, { workPhone: '555-201-3344' });
    expect(notStaff.status).toBe(400);
    expect((await notStaff.json()).error.fields[0].message).toMatch(/^Only staff accounts have a work phone/);
    expect((await coordinator.request('PATCH', `/api/admin/users/${await staffId('Dr. Samuel Okoro')}`, { workPhone: '555-201-0000' })).status).toBe(403);
  });

  it('1. staff set their phones; 2. the caregiver and the member see only the coordinator\'s; 3. clearing it takes it off their pages', async () => {
    // 1. The physician records a work phone on their account page; the admin records the nurse's. The coordinator's is seeded.
    const set = await physician.put('/api/account/work-phone', { workPhone: ' (555) 014-7788 ' });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ workPhone: '(555) 014-7788' });
    expect(await (await physician.get('/api/account/work-phone')).json()).toEqual({ workPhone: '(555) 014-7788' });
    const nurse = await admin.request('PATCH', `/api/admin/users/${await staffId('Grace Miller, RN')}`, { workPhone: '555-201-9000' });
    expect(nurse.status).toBe(200);
    expect(((await nurse.json()) as StaffUser).workPhone).toBe('555-201-9000');
    expect(await (await coordinator.get('/api/account/work-phone')).json()).toEqual({ workPhone: '555-201-3344' });

    // 2. Rosa's daughter and Amara (in her own portal) are given their coordinator's number and nobody else's.
    expect(await phonesSeenBy(caregiver, rosaId)).toEqual({ 'Maya Chen': '555-201-3344' });
    expect(await phonesSeenBy(member, amaraId)).toEqual({ 'Maya Chen': '555-201-3344' });
    // The raw answer holds no other number either (not under another name).
    const raw = await (await caregiver.get(`/api/patients/${rosaId}`)).text();
    expect(raw).not.toContain('014-7788');
    expect(raw).not.toContain('201-9000');

    // 3. The coordinator clears her phone: the family's pages no longer carry a number.
    expect((await coordinator.put('/api/account/work-phone', { workPhone: null })).status).toBe(200);
    expect(await phonesSeenBy(caregiver, rosaId)).toEqual({});
    expect((await coordinator.put('/api/account/work-phone', { workPhone: '555-201-3344' })).status).toBe(200);
  });
});
