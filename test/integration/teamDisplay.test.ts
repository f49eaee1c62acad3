import type { ConsentHistory, PatientDetail } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/domain/auth/passwords';
import { connectPlan, whenSynced, type PlanClient } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/** The family sees the part of the care team the patient's consent covers; roles that reveal restricted care stay with the team. */
describe('the care team as the family sees it', () => {
  let server: TestServer;
  let rosaId: string;
  const c: Record<string, ApiClient> = {};
  const plans: PlanClient[] = [];
  const team = async (who: string) => ((await (await c[who]!.get(`/api/patients/${rosaId}`)).json()) as PatientDetail).careTeam;
  beforeAll(async () => {
    server = await startTestServer();
    for (const who of ['coordinator', 'physician', 'behavioral', 'caregiver']) c[who] = await signedIn(server.url, who);
    rosaId = await patientIdByName(c.coordinator!, 'Rosa Delgado');
  });
  afterAll(async () => {
    for (const p of plans) p.destroy();
    await server.close();
  });

  it('requires sign-in, and off-team staff get 404', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}`)).status).toBe(401);
    expect((await (await signedIn(server.url, 'admin')).get(`/api/patients/${rosaId}`)).status).toBe(404);
  });

  it('1. Rosa shares behavioral health with her physician only; 2. Elena\'s view of the team names no behavioral health clinician; 3. the staff see the whole team', async () => {
    const family = await team('caregiver');
    expect(family.map((m) => m.role)).not.toContain('behavioral_health');
    expect(JSON.stringify(family)).not.toContain('Hannah Weiss');
    expect(family.map((m) => m.role)).toEqual(expect.arrayContaining(['care_coordinator', 'physician', 'family_caregiver']));
    for (const who of ['coordinator', 'physician']) expect((await team(who)).map((m) => m.role)).toContain('behavioral_health');
  });

  it('1. a relative joins the team; 2. Rosa does not share with him; 3. Elena does not see him, the coordinator does', async () => {
    const id = randomUUID();
    await server.services.store.users.create({ id, email: 'cousin@example.org', name: 'Unshared Cousin', kind: 'caregiver', isAdmin: false, passwordHash: await hashPassword('cousin-password-123'), createdAt: new Date().toISOString() });
    expect((await c.coordinator!.post(`/api/patients/${rosaId}/care-team`, { userId: id, role: 'family_caregiver' })).status).toBe(201);
    const { current } = (await (await c.coordinator!.get(`/api/patients/${rosaId}/consent`)).json()) as ConsentHistory;
    expect(current!.preferences.family.map((f) => f.userId)).not.toContain(id);
    expect((await team('caregiver')).map((m) => m.name)).not.toContain('Unshared Cousin');
    expect((await team('coordinator')).map((m) => m.name)).toContain('Unshared Cousin');
  });

  it('1. the behavioral health clinician opens the shared plan; 2. Elena, on it too, sees her present as a care team member; 3. on the clinical plan her role shows', async () => {
    const clinician = connectPlan(server.url, c.behavioral!, rosaId, 'shared');
    const elena = connectPlan(server.url, c.caregiver!, rosaId, 'shared');
    const clinicalClinician = connectPlan(server.url, c.behavioral!, rosaId, 'clinical');
    const physician = connectPlan(server.url, c.physician!, rosaId, 'clinical');
    plans.push(clinician, elena, clinicalClinician, physician);
    await Promise.all([clinician, elena, clinicalClinician, physician].map(whenSynced));
    clinician.provider.awareness.setLocalState({ user: { role: 'behavioral_health' }, section: 'goals' });
    clinicalClinician.provider.awareness.setLocalState({ section: 'needs' });
    const roleSeen = (by: PlanClient, of: PlanClient) => (by.provider.awareness.getStates().get(of.doc.clientID) as { user?: { role?: string } } | undefined)?.user?.role;
    await waitFor(() => roleSeen(elena, clinician) !== undefined && roleSeen(physician, clinicalClinician) !== undefined, 'presence to reach Elena and the physician');
    expect(roleSeen(elena, clinician)).toBe('care_team');
    expect(roleSeen(physician, clinicalClinician)).toBe('behavioral_health');
  });
});
