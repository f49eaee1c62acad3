import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

const staffId = async (client: ApiClient, name: string): Promise<string> =>
  ((await (await client.get('/api/staff')).json()) as { users: Array<{ id: string; name: string }> }).users.find((u) => u.name === name)!.id;

let unique = 0;

describe('a pending invitation does not outlive its inviter\'s place on the team', () => {
  let server: TestServer;
  let lead: ApiClient;
  let walterId: string;
  /** An invitation from `inviter` to the patient: its id and link token. */
  const invite = async (inviter: ApiClient, patientId: string) => {
    const res = await inviter.post(`/api/patients/${patientId}/invitations`, { email: `relative${(unique += 1)}@example.org`, relationship: 'Son', consentMethod: 'verbal' });
    expect(res.status).toBe(201);
    const { invitation, link } = (await res.json()) as { invitation: { id: string }; link: string };
    return { id: invitation.id, token: link.split('/invite/')[1]! };
  };
  /** The link is dead: its preview says withdrawn and accepting it is refused with 410. */
  const expectWithdrawn = async (token: string) => {
    expect((await (await new ApiClient(server.url).get(`/api/invitations/${token}`)).json()).status).toBe('revoked');
    const accept = await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { name: 'Sam Relative', password: 'a-long-password-123' });
    expect(accept.status).toBe(410);
    expect((await accept.json()).error.message).toBe('This invitation was withdrawn by the care team.');
  };

  beforeAll(async () => {
    server = await startTestServer();
    lead = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(lead, 'Walter Kim');
  });
  afterAll(() => server.close());

  it('1. the social worker co-coordinates Walter\'s team and invites his son; 2. the lead coordinator removes the social worker; 3. the link no longer works', async () => {
    const socialWorkerId = await staffId(lead, 'Luis Romero, MSW');
    expect((await lead.post(`/api/patients/${walterId}/care-team`, { userId: socialWorkerId, role: 'care_coordinator' })).status).toBe(201);
    const socialWorker = await signedIn(server.url, 'socialworker');
    const theirs = await invite(socialWorker, walterId);
    const leads = await invite(lead, walterId);
    expect((await lead.delete(`/api/patients/${walterId}/care-team/${socialWorkerId}`)).status).toBe(204);
    await expectWithdrawn(theirs.token);
    const { invitations } = (await (await lead.get(`/api/patients/${walterId}/invitations`)).json()) as { invitations: Array<{ id: string; status: string }> };
    expect(invitations.find((i) => i.id === theirs.id)?.status).toBe('revoked');
    // The lead's own invitation is untouched.
    expect(invitations.find((i) => i.id === leads.id)?.status).toBe('pending');
  });

  it('1. the nurse coordinates James Whitfield and invites his daughter; 2. the admin disables the nurse\'s account; 3. the link no longer works', async () => {
    const nurse = await signedIn(server.url, 'nurse');
    const jamesId = await patientIdByName(nurse, 'James Whitfield');
    const pending = await invite(nurse, jamesId);
    const admin = await signedIn(server.url, 'admin');
    expect((await admin.request('PATCH', `/api/admin/users/${await staffId(admin, 'Grace Miller, RN')}`, { disabled: true })).status).toBe(200);
    await expectWithdrawn(pending.token);
    // Re-enabling the account does not bring the invitation back.
    expect((await admin.request('PATCH', `/api/admin/users/${await staffId(admin, 'Grace Miller, RN')}`, { disabled: false })).status).toBe(200);
    await expectWithdrawn(pending.token);
  });

  it('refuses a link whose inviter is no longer a coordinator on the team even if the withdrawal was missed (a race, or a link older than this rule)', async () => {
    const socialWorkerId = await staffId(lead, 'Luis Romero, MSW');
    expect((await lead.post(`/api/patients/${walterId}/care-team`, { userId: socialWorkerId, role: 'care_coordinator' })).status).toBe(201);
    const pending = await invite(await signedIn(server.url, 'socialworker'), walterId);
    // Straight in the store: the membership ends without the command that withdraws invitations.
    await server.services.store.careTeams.remove(walterId, socialWorkerId);
    await expectWithdrawn(pending.token);
  });
});
