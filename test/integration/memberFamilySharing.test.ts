import { calendarDateIn, CLOSE_CODES, type ConsentHistory, type MemberFamilySharing } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/domain/auth/passwords';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { signedInMember } from '../support/member';
import { ask, socketPool } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

const MARCO = { email: 'marco.delgado@example.org', password: 'marco-password-123' };
const orgToday = () => calendarDateIn(new Date(), 'America/New_York');
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string; fields?: Array<{ path: string; message: string }> } }).error;

describe('the member chooses which family members see their plan: a consent version of their own, cutting live access like a coordinator\'s', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosa: ApiClient;
  let rosaId: string;
  let walterId: string;
  let elenaId: string;
  let marcoId: string;
  const sockets = socketPool(() => server.url);
  const sharingPath = () => `/api/patients/${rosaId}/family-sharing`;
  const consentOf = async () => (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as ConsentHistory;
  const sharingOf = async (client: ApiClient) => (await (await client.get(sharingPath())).json()) as MemberFamilySharing;

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    rosa = await signedInMember(server.url, coordinator, rosaId, 'Rosa Delgado', 'rosa@example.org');
    elenaId = ((await (await (await signedIn(server.url, 'caregiver')).get('/api/me')).json()) as { id: string }).id;
    // Her son is on the team too, but she has not shared the plan with him.
    marcoId = randomUUID();
    await server.services.store.users.create({
      id: marcoId, email: MARCO.email, name: 'Marco Delgado', kind: 'caregiver', isAdmin: false, passwordHash: await hashPassword(MARCO.password), createdAt: new Date().toISOString(),
    });
    expect((await coordinator.post(`/api/patients/${rosaId}/care-team`, { userId: marcoId, role: 'family_caregiver' })).status).toBe(201);
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('requires sign-in, refuses staff and family with a sentence, and hides other patients', async () => {
    expect((await new ApiClient(server.url).get(sharingPath())).status).toBe(401);
    for (const key of ['coordinator', 'physician', 'caregiver']) {
      const client = await signedIn(server.url, key);
      const read = await client.get(sharingPath());
      expect(read.status).toBe(403);
      expect((await errorOf(read)).message).toContain('Only the member chooses');
      expect((await client.put(sharingPath(), { family: [{ userId: elenaId, sharedPlan: false }] })).status).toBe(403);
    }
    expect((await rosa.get(`/api/patients/${walterId}/family-sharing`)).status).toBe(404);
    expect((await rosa.put(`/api/patients/${walterId}/family-sharing`, { family: [{ userId: elenaId, sharedPlan: false }] })).status).toBe(404);
    // The refusals are in the trail, and nothing was recorded.
    const denied = await server.services.store.audit.list({ afterSeq: 0, limit: 10_000 });
    expect(denied).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'consent.record', patientId: rosaId, outcome: 'denied', reason: 'only the member may do this' })]));
    expect((await consentOf()).current?.method).not.toBe('member_portal');
  });

  it('refuses bad input with a sentence beside the field, and stores nothing', async () => {
    const before = (await consentOf()).current!.version;
    const physicianId = ((await (await (await signedIn(server.url, 'physician')).get('/api/me')).json()) as { id: string }).id;
    const cases: Array<[unknown, string, string]> = [
      [{ family: [{ userId: elenaId, sharedPlan: 'yes' }] }, 'family.0.sharedPlan', 'Choose whether this family member sees your plan.'],
      [{ family: [] }, 'family', 'Choose who in your family sees your plan.'],
      [{ family: [{ userId: physicianId, sharedPlan: true }] }, 'family.0.userId', 'Only family members on your care team can be chosen here.'],
      [{ family: [{ userId: elenaId, sharedPlan: true }, { userId: elenaId, sharedPlan: false }] }, 'family', 'Each person can be listed once.'],
    ];
    for (const [body, path, message] of cases) {
      const res = await rosa.put(sharingPath(), body);
      expect(res.status).toBe(400);
      // Schema failures name the body (`body.family…`), the server's own checks the field; the client reads both.
      expect((await errorOf(res)).fields?.map((f) => ({ ...f, path: f.path.replace(/^body\./, '') }))).toEqual([{ path, message }]);
    }
    expect((await consentOf()).current!.version).toBe(before);
  });

  it('1. Elena has the plan and the patient room open; 2. Rosa turns Elena off and Marco on; 3. Elena is cut off at once, Marco gets in; 4. the team sees Rosa\'s version', async () => {
    // 1. Elena reads the shared plan live and has joined Rosa's room.
    const elena = await signedIn(server.url, 'caregiver');
    const marco = await new ApiClient(server.url).signIn(MARCO.email, MARCO.password);
    const plan = connectPlan(server.url, elena, rosaId, 'shared');
    await whenSynced(plan);
    const socket = await sockets.open(elena);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).ok).toBe(true);
    const revoked: string[] = [];
    socket.on('patient:accessRevoked', (e) => revoked.push(e.patientId));
    expect((await marco.get(`/api/patients/${rosaId}`)).status).toBe(404);
    const before = await consentOf();

    // 2. Rosa sees her family on her portal and changes who sees her plan.
    expect((await sharingOf(rosa)).family).toEqual([
      { userId: elenaId, name: 'Elena Delgado', sharedPlan: true }, { userId: marcoId, name: 'Marco Delgado', sharedPlan: false },
    ]);
    const day = orgToday();
    const saved = await rosa.put(sharingPath(), { family: [{ userId: elenaId, sharedPlan: false }, { userId: marcoId, sharedPlan: true }] });
    expect(saved.status).toBe(200);
    const answer = (await saved.json()) as MemberFamilySharing;
    expect(answer.family.map((f) => [f.name, f.sharedPlan])).toEqual([['Elena Delgado', false], ['Marco Delgado', true]]);
    expect(answer.version).toBe(before.current!.version + 1);

    // 3. Elena's live plan closes as for a coordinator's revocation, her socket leaves the room, and her next reads are refused.
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.accessRevoked);
    plan.destroy();
    await waitFor(() => revoked.includes(rosaId), 'Elena to be told');
    expect((await elena.get(`/api/patients/${rosaId}`)).status).toBe(404);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).error?.code).toBe('not_found');
    const again = connectPlan(server.url, elena, rosaId, 'shared');
    expect((await whenClosed(again)).code).toBe(CLOSE_CODES.forbidden);
    again.destroy();
    expect((await marco.get(`/api/patients/${rosaId}`)).status).toBe(200);

    // 4. The team's consent history holds Rosa's version: recorded by her, in her portal, given today; the rest carried over.
    const after = await consentOf();
    expect(after.current).toMatchObject({ version: answer.version, method: 'member_portal', note: '', recordedBy: { userId: expect.any(String) as string, name: 'Rosa Delgado' } });
    expect([day, orgToday()]).toContain(after.current!.givenOn);
    const { family, ...rest } = after.current!.preferences;
    const { family: familyBefore, ...restBefore } = before.current!.preferences;
    expect(rest).toEqual(restBefore);
    expect(familyBefore.find((f) => f.userId === elenaId)).toMatchObject({ sharedPlan: true, proposeGoals: true });
    expect(family).toEqual([{ userId: elenaId, sharedPlan: false, proposeGoals: false }, { userId: marcoId, sharedPlan: true, proposeGoals: false }]);
    expect(after.history[1]).toEqual(before.current);

    // It is audited as Rosa's, naming the version.
    const rosaUserId = after.current!.recordedBy.userId;
    const records = await server.services.store.audit.list({ afterSeq: 0, userId: rosaUserId, limit: 1_000 });
    expect(records).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'consent.record', role: 'patient', patientId: rosaId, resourceId: `${rosaId}:${answer.version}`, outcome: 'success', reason: 'method member_portal' }),
      expect.objectContaining({ type: 'consent.read', role: 'patient', patientId: rosaId, outcome: 'success' }),
    ]));

    // Saving what is already in force adds no version.
    expect((await rosa.put(sharingPath(), { family: [{ userId: marcoId, sharedPlan: true }] })).status).toBe(200);
    expect((await consentOf()).current!.version).toBe(answer.version);
  });
});
