import type { CreatedInvitation, PatientDetail, PlanVersionSummary } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

const PASSWORD = 'a-member-password-1';

describe("the member's own portal: invited like a caregiver, sees only the shared plan, approves the newest signed version", () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  let walterId: string;
  let counter = 0;
  const inviteMember = async (patientId: string, email = `member${(counter += 1)}@example.org`) =>
    coordinator.post(`/api/patients/${patientId}/member-invitations`, { email });
  const tokenOf = async (res: Response) => ((await res.json()) as CreatedInvitation).link.split('/invite/')[1]!;
  const sign = async (title: string) => {
    const res = await coordinator.post(`/api/patients/${rosaId}/plan/versions`, { title });
    expect(res.status).toBe(201);
    return (await res.json()) as PlanVersionSummary;
  };

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('requires sign-in, and only the coordinator invites the member', async () => {
    const body = { email: 'someone@example.org' };
    expect((await new ApiClient(server.url).post(`/api/patients/${rosaId}/member-invitations`, body)).status).toBe(401);
    expect((await (await signedIn(server.url, 'physician')).post(`/api/patients/${rosaId}/member-invitations`, body)).status).toBe(403);
    const staff = await inviteMember(rosaId, 'nurse@demo.carehuddle.test');
    expect(staff.status).toBe(400);
  });

  it('1. the member accepts; 2. sees the shared plan only; 3. approves the newest signed version once; 4. a second member account is refused', async () => {
    // 1. The coordinator invites Rosa; the link's page says it is her own plan; she sets up her account.
    const token = await tokenOf(await inviteMember(rosaId, 'rosa@example.org'));
    const preview = await (await new ApiClient(server.url).get(`/api/invitations/${token}`)).json() as { invitee: string };
    expect(preview.invitee).toBe('member');
    const rosa = new ApiClient(server.url);
    expect((await rosa.post(`/api/invitations/${token}/accept`, { name: 'Rosa Delgado', password: PASSWORD })).status).toBe(201);
    const me = await (await rosa.get('/api/me')).json() as { id: string; kind: string };
    expect(me.kind).toBe('patient');
    const detail = await (await rosa.get(`/api/patients/${rosaId}`)).json() as PatientDetail;
    expect(detail.myRole).toBe('patient');
    expect(detail.myAccess.proposeGoals).toBe(true);

    // 2. Her shared plan, yes; the clinical plan, another member, consent and invitations, no.
    const first = await sign('Quarterly review');
    expect((await rosa.get(`/api/patients/${rosaId}/plan/versions/${first.id}/shared`)).status).toBe(200);
    expect((await rosa.get(`/api/patients/${rosaId}/plan/versions/${first.id}/clinical`)).status).toBe(404);
    expect((await rosa.get(`/api/patients/${rosaId}/plan/versions/${first.id}/sensitive`)).status).toBe(404);
    expect((await rosa.get(`/api/patients/${walterId}`)).status).toBe(404);
    expect((await rosa.get(`/api/patients/${walterId}/plan/versions`)).status).toBe(404);
    expect((await rosa.get(`/api/patients/${rosaId}/consent`)).status).toBe(403);
    expect((await rosa.get(`/api/patients/${rosaId}/invitations`)).status).toBe(403);

    // 3. A superseded version is refused with a sentence; the newest is approved once, attributed and dated.
    const second = await sign('Post-discharge review');
    const stale = await rosa.post(`/api/patients/${rosaId}/plan/versions/${first.id}/approval`);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { message: string } }).error.message).toContain('signed a newer plan');
    const unknown = await rosa.post(`/api/patients/${rosaId}/plan/versions/00000000-0000-4000-8000-000000000000/approval`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('has not been signed');
    const approved = await rosa.post(`/api/patients/${rosaId}/plan/versions/${second.id}/approval`);
    expect(approved.status).toBe(201);
    const { approvals } = (await approved.json()) as PlanVersionSummary;
    expect(approvals).toEqual([{ approvedBy: { userId: me.id, name: 'Rosa Delgado' }, approvedAt: expect.any(String) as string }]);
    const again = (await (await rosa.post(`/api/patients/${rosaId}/plan/versions/${second.id}/approval`)).json()) as PlanVersionSummary;
    expect(again.approvals).toEqual(approvals);
    // The team reads it in the plan's history.
    const { versions } = (await (await coordinator.get(`/api/patients/${rosaId}/plan/versions`)).json()) as { versions: PlanVersionSummary[] };
    expect(versions.find((v) => v.id === second.id)?.approvals).toEqual(approvals);
    expect(versions.find((v) => v.id === first.id)?.approvals).toEqual([]);
    // The staff cannot approve on her behalf.
    expect((await coordinator.post(`/api/patients/${rosaId}/plan/versions/${second.id}/approval`)).status).toBe(403);

    // 4. One member account per patient: a second invitation is refused with a sentence.
    const secondInvite = await inviteMember(rosaId);
    expect(secondInvite.status).toBe(409);
    expect(((await secondInvite.json()) as { error: { message: string } }).error.message).toContain('already has their own account');
    // Her account cannot become another patient's member account.
    expect((await inviteMember(walterId, 'rosa@example.org')).status).toBe(400);
  });

  it('a second pending member link stops working once the member has joined', async () => {
    const walterToken = await tokenOf(await inviteMember(walterId));
    const spareToken = await tokenOf(await inviteMember(walterId));
    expect((await new ApiClient(server.url).post(`/api/invitations/${walterToken}/accept`, { name: 'Walter Kim', password: PASSWORD })).status).toBe(201);
    const spare = await new ApiClient(server.url).post(`/api/invitations/${spareToken}/accept`, { name: 'Walter Kim', password: PASSWORD });
    expect(spare.status).toBe(409);
    expect(((await spare.json()) as { error: { message: string } }).error.message).toContain('already has their own account');
  });
});
