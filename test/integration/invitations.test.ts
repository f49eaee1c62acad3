import { CLOSE_CODES, type ConsentHistory, type CreatedInvitation, type PatientDetail } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { connectSocket, whenConnected } from '../support/socket';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

const PASSWORD = 'a-caregiver-password';

describe('inviting a family caregiver: single-use, expiring links that end in the plan review', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  const clock = new ManualClock(new Date());
  let counter = 0;
  const invite = async (overrides: Record<string, unknown> = {}, patientId = rosaId): Promise<CreatedInvitation & { token: string }> => {
    const res = await coordinator.post(`/api/patients/${patientId}/invitations`, {
      email: `family${(counter += 1)}@example.org`, relationship: 'son', consentMethod: 'verbal', proposeGoals: true, ...overrides,
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedInvitation;
    return { ...created, token: created.link.split('/invite/')[1]! };
  };
  const accept = (token: string, client = new ApiClient(server.url), body: Record<string, unknown> = { name: 'Marco Delgado', password: PASSWORD }) =>
    client.post(`/api/invitations/${token}/accept`, body).then((res) => ({ res, client }));

  const logLines: string[] = [];
  beforeAll(async () => {
    server = await startTestServer({ clock, logSink: { write: (line: string) => void logLines.push(line) } });
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('requires sign-in, and only the coordinator invites', async () => {
    const body = { email: 'x@example.org', relationship: 'son', consentMethod: 'verbal' };
    expect((await new ApiClient(server.url).post(`/api/patients/${rosaId}/invitations`, body)).status).toBe(401);
    expect((await (await signedIn(server.url, 'physician')).post(`/api/patients/${rosaId}/invitations`, body)).status).toBe(403);
    expect((await (await signedIn(server.url, 'admin')).post(`/api/patients/${rosaId}/invitations`, body)).status).toBe(404);
  });

  it('1. the coordinator invites; 2. the link is long, random and shown once; 3. the caregiver accepts and lands on the team with the shared plan only', async () => {
    const created = await invite();
    expect(created.link).toBe(`${server.url}/invite/${created.token}`);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.invitation).toMatchObject({ status: 'pending', relationship: 'son', invitedBy: { name: 'Maya Chen' } });
    expect(Date.parse(created.invitation.expiresAt) - Date.parse(created.invitation.createdAt)).toBe(72 * 3_600_000);
    const listed = (await (await coordinator.get(`/api/patients/${rosaId}/invitations`)).json()) as { invitations: Array<Record<string, unknown>> };
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const preview = await (await new ApiClient(server.url).get(`/api/invitations/${created.token}`)).json();
    expect(preview).toMatchObject({ status: 'pending', invitedBy: 'Maya Chen', patientFirstName: 'Rosa', accountExists: false });

    const { res, client } = await accept(created.token);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ patientId: rosaId });
    const patient = (await (await client.get(`/api/patients/${rosaId}`)).json()) as PatientDetail;
    expect(patient.myRole).toBe('family_caregiver');
    expect(patient.myAccess).toEqual({ documents: { shared: 'read', clinical: 'none', sensitive: 'none', substanceUse: 'none' }, proposeGoals: true });
    expect(patient.careTeam.find((m) => m.name === 'Marco Delgado')?.role).toBe('family_caregiver');
    // Names and roles only, and the care coordinator's work phone: no other contact details of the team reach the family.
    expect(JSON.stringify(patient.careTeam)).not.toContain('@');

    const shared = connectPlan(server.url, client, rosaId, 'shared');
    await whenSynced(shared);
    expect(shared.access).toBe('read');
    shared.destroy();
    const clinical = connectPlan(server.url, client, rosaId, 'clinical');
    expect((await whenClosed(clinical)).code).toBe(CLOSE_CODES.forbidden);
    clinical.destroy();

    // No e-mail transport here: the log names the invitation, never its link; request logs name the route, never the token.
    expect(logLines.filter((line) => line.includes(created.token))).toEqual([]);
    expect(logLines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(expect.objectContaining({ invitationId: created.invitation.id, msg: expect.stringContaining('invitation created') }));
    expect(logLines.some((line) => line.includes('/api/invitations/[token]/accept'))).toBe(true);

    // The consent the coordinator confirmed when inviting is on record, as a new version.
    const { current } = (await (await coordinator.get(`/api/patients/${rosaId}/consent`)).json()) as ConsentHistory;
    expect(current).toMatchObject({ method: 'verbal', recordedBy: { name: 'Maya Chen' } });
    expect(current!.preferences.family).toContainEqual({ userId: patient.careTeam.find((m) => m.name === 'Marco Delgado')!.userId, sharedPlan: true, proposeGoals: true });
  });

  it('request logs never carry a token, whatever the case, encoding or query of the URL', async () => {
    const { token } = await invite();
    // Routing ignores case and decodes percent-escapes, so these all reach the invitation routes.
    const encoded = `%${token.charCodeAt(0).toString(16)}${token.slice(1)}`;
    for (const path of [`/API/INVITATIONS/${token}`, `/Api/Invitations/${encoded}`, `/api/invitations/${token}?from=${token}`, `/INVITE/${token}`, `/invite/${token}#x`]) {
      await (await new ApiClient(server.url).get(path)).arrayBuffer();
    }
    expect(logLines.filter((line) => line.includes(token) || line.includes(encoded))).toEqual([]);
  });

  it('a used, expired, withdrawn or unknown link says so clearly, and gives no session on any channel', async () => {
    const used = await invite();
    expect((await accept(used.token)).res.status).toBe(201);
    const expired = await invite();
    const revoked = await invite();
    expect((await coordinator.delete(`/api/patients/${rosaId}/invitations/${revoked.invitation.id}`)).status).toBe(204);
    expect((await coordinator.delete(`/api/patients/${rosaId}/invitations/${revoked.invitation.id}`)).status).toBe(409);
    clock.advanceMinutes(72 * 60);
    try {
      for (const [token, status, words] of [[used.token, 'accepted', 'already used'], [expired.token, 'expired', 'expired'], [revoked.token, 'revoked', 'withdrawn']] as const) {
        expect((await (await new ApiClient(server.url).get(`/api/invitations/${token}`)).json()).status).toBe(status);
        const { res, client } = await accept(token, new ApiClient(server.url), { name: 'Someone Else', password: 'another-password-1' });
        expect(res.status).toBe(410);
        const body = await res.json();
        expect(body.error.code).toBe('gone');
        expect(body.error.message).toContain(words);
        expect(client.cookie).toBeUndefined();
        expect((await client.get('/api/me')).status).toBe(401);
        const socket = connectSocket(server.url, client);
        expect(await whenConnected(socket)).toMatchObject({ ok: false });
        socket.disconnect();
        const plan = connectPlan(server.url, client, rosaId, 'shared');
        expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.unauthenticated);
        plan.destroy();
      }
    } finally {
      clock.advanceMinutes(-72 * 60);
    }
    const unknown = await new ApiClient(server.url).get(`/api/invitations/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    const malformed = await new ApiClient(server.url).get('/api/invitations/not-a-token');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.fields[0].path).toBe('params.token');
  });

  it('a link is used once, even when two tabs accept at the same moment', async () => {
    const { token } = await invite();
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.map((r) => r.res.status).sort()).toEqual([201, 410]);
  });

  it('an existing caregiver account accepts with its own password, and then sees both patients', async () => {
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    const { token } = await invite({ email: 'caregiver@demo.carehuddle.test', relationship: 'neighbour' }, walterId);
    expect((await (await new ApiClient(server.url).get(`/api/invitations/${token}`)).json()).accountExists).toBe(true);
    expect((await accept(token, new ApiClient(server.url), { name: 'Elena', password: 'not-her-password' })).res.status).toBe(401);
    const { res, client } = await accept(token, new ApiClient(server.url), { name: 'Elena', password: 'carehuddle-demo' });
    expect(res.status).toBe(201);
    const names = ((await (await client.get('/api/patients')).json()).patients as Array<{ name: string }>).map((p) => p.name).sort();
    expect(names).toEqual(['Rosa Delgado', 'Walter Kim']);
  });

  it('refuses staff addresses, people already on the team and bad fields, with the field at fault', async () => {
    const staff = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email: 'nurse@demo.carehuddle.test', relationship: 'son', consentMethod: 'verbal' });
    expect(staff.status).toBe(400);
    expect((await staff.json()).error.fields).toEqual([{ path: 'email', message: expect.stringContaining('staff account') }]);
    const member = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email: 'caregiver@demo.carehuddle.test', relationship: 'daughter', consentMethod: 'written' });
    expect(member.status).toBe(409);
    const bad = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email: 'not-an-address', relationship: '', consentMethod: 'telepathy' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.consentMethod', 'body.email', 'body.relationship']);
  });

  it('a caregiver the patient allows suggests a goal; it joins the shared plan as proposed, by them', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const res = await caregiver.post(`/api/patients/${rosaId}/goal-suggestions`, { title: 'Dance at my granddaughter\'s wedding' });
    expect(res.status).toBe(201);
    const { itemId } = (await res.json()) as { itemId: string };
    const plan = connectPlan(server.url, coordinator, rosaId, 'shared');
    await whenSynced(plan);
    const goal = plan.doc.getMap('goals').get(itemId) as { toJSON(): Record<string, unknown> };
    expect(goal.toJSON()).toMatchObject({ title: 'Dance at my granddaughter\'s wedding', status: 'proposed', proposedBy: 'Elena Delgado' });
    plan.destroy();
  });
});
