import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

describe('patients', () => {
  let server: TestServer;
  let rosaId: string;
  let amaraId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    amaraId = await patientIdByName(coordinator, 'Amara Okafor');
  });
  afterAll(() => server.close());

  it('requires sign-in', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/patients')).status).toBe(401);
    expect((await anonymous.get(`/api/patients/${rosaId}`)).status).toBe(401);
  });

  it('lists the coordinator\'s three demo patients with their risk levels', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await coordinator.get('/api/patients');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { patients } = await res.json();
    expect(patients.map((p: { name: string; riskLevel: string }) => [p.name, p.riskLevel])).toEqual([
      ['Amara Okafor', 'Low'], ['Rosa Delgado', 'High'], ['Walter Kim', 'Moderate'],
    ]);
    for (const p of patients) expect(p).toMatchObject({ myRole: 'care_coordinator', screeningStatus: 'done' });
  });

  it('lists only the patients whose care team the user is on', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const { patients } = await (await caregiver.get('/api/patients')).json();
    expect(patients.map((p: { name: string }) => p.name)).toEqual(['Rosa Delgado']);
  });

  it('opens a patient with the care team roster', async () => {
    const physician = await signedIn(server.url, 'physician');
    const res = await physician.get(`/api/patients/${rosaId}`);
    expect(res.status).toBe(200);
    const patient = await res.json();
    expect(patient).toMatchObject({ id: rosaId, name: 'Rosa Delgado', riskLevel: 'High', memberNumber: 'MBR-100234', myRole: 'physician' });
    expect(patient.riskSetBy).toMatchObject({ name: 'Maya Chen' });
    expect(patient).toMatchObject({ preferredLanguage: 'es', interpreterNeeded: true, healthPlanName: 'Cascade Community Health Plan', pcp: { name: 'Dr. Samuel Okoro' } });
    expect(patient.careTeam[0]).toMatchObject({ name: 'Maya Chen', role: 'care_coordinator', isLead: true });
    expect(patient.careTeam.map((m: { role: string }) => m.role)).toEqual(expect.arrayContaining(['pharmacist', 'family_caregiver', 'behavioral_health']));
    // No contact details but the care coordinator's work phone (the number the family is given).
    for (const m of patient.careTeam) expect(Object.keys(m).sort()).toEqual(['isLead', 'joinedAt', 'name', 'role', 'userId', 'workPhone']);
    expect(patient.careTeam.filter((m: { workPhone: string | null }) => m.workPhone !== null).map((m: { name: string }) => m.name)).toEqual(['Maya Chen']);
  });

  it('denies another patient with 404, so existence does not leak', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    const other = await caregiver.get(`/api/patients/${amaraId}`);
    const missing = await caregiver.get('/api/patients/no-such-patient');
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
  });

  it('rejects ids that are not identifiers, never reaching the store', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await coordinator.get('/api/patients/%7B%22%24ne%22%3Anull%7D');
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields[0].path).toBe('params.patientId');
  });

  it('enrolls a patient with the enrolling coordinator as lead and a screening due 30 days later', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await coordinator.post('/api/patients', { name: 'Test Person', dateOfBirth: '1960-02-29', memberNumber: 'MBR-T1', enrollmentDate: '2026-01-31' });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ riskLevel: null, screeningDueDate: '2026-03-02', myRole: 'care_coordinator' });
    expect(created.careTeam).toHaveLength(1);
    const duplicate = await coordinator.post('/api/patients', { name: 'Again', dateOfBirth: '1960-02-29', memberNumber: 'MBR-T1', enrollmentDate: '2026-01-31' });
    expect(duplicate.status).toBe(409);
  });

  it('enrolls a patient with language, contact, address, health plan and allergies, and shows them back', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await coordinator.post('/api/patients', {
      name: 'Profile Person', dateOfBirth: '1950-06-01', memberNumber: 'MBR-P1', enrollmentDate: '2026-01-31',
      preferredLanguage: 'ES-mx', interpreterNeeded: true, phone: '+1 503 555 0199', preferredContactTime: 'Evenings',
      address: { line: '9 Oak Ave', city: 'Salem', state: 'OR', postalCode: '97301' }, healthPlanName: 'Cascade', allergies: ['Latex'],
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      preferredLanguage: 'es-MX', interpreterNeeded: true, phone: '+1 503 555 0199', preferredContactTime: 'Evenings',
      address: { city: 'Salem', postalCode: '97301' }, healthPlanName: 'Cascade', allergies: ['Latex'], pcp: null,
    });
  });

  it('refuses a malformed language code and phone with sentences beside the fields', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await coordinator.post('/api/patients', {
      name: 'Bad Fields', dateOfBirth: '1950-06-01', memberNumber: 'MBR-P2', enrollmentDate: '2026-01-31', preferredLanguage: 'not a language', phone: '12',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual(expect.arrayContaining([
      { path: 'body.preferredLanguage', message: 'Enter a language code such as en or es.' },
      { path: 'body.phone', message: 'Enter a phone number with at least 7 digits, such as 555-201-3344.' },
    ]));
  });

  it('lets only the coordinator edit details; the PCP must be a physician on the team', async () => {
    // 1. Amara has no designated PCP; her coordinator designates the team's physician and clears her phone.
    const coordinator = await signedIn(server.url, 'coordinator');
    const amara = await (await coordinator.get(`/api/patients/${amaraId}`)).json();
    const physicianId = amara.careTeam.find((m: { role: string }) => m.role === 'physician').userId;
    const chwId = amara.careTeam.find((m: { role: string }) => m.role === 'community_health_worker').userId;
    const res = await coordinator.request('PATCH', `/api/patients/${amaraId}/details`, { pcpUserId: physicianId, phone: null, allergies: ['Latex'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ pcp: { userId: physicianId, name: 'Dr. Samuel Okoro' }, phone: null, allergies: ['Latex'], preferredLanguage: 'en' });
    // 2. A team member who is not a physician cannot be the PCP.
    const notPhysician = await coordinator.request('PATCH', `/api/patients/${amaraId}/details`, { pcpUserId: chwId });
    expect(notPhysician.status).toBe(400);
    expect((await notPhysician.json()).error.fields).toEqual([{ path: 'pcpUserId', message: 'Choose a physician who is on the care team.' }]);
    // 3. The physician on the team may read but not edit.
    const physician = await signedIn(server.url, 'physician');
    expect((await physician.request('PATCH', `/api/patients/${amaraId}/details`, { phone: '503-555-0100' })).status).toBe(403);
    // 4. The change is in the trail.
    const trail = await server.services.store.audit.list({ patientId: amaraId, limit: 1000 });
    expect(trail.filter((r) => r.type === 'patient.update').map((r) => r.outcome)).toEqual(['success', 'denied']);
  });

  it('lists the clinical plan\'s unresolved needs as active problems, only for those who may read the clinical plan', async () => {
    const physician = await signedIn(server.url, 'physician');
    const res = await physician.get(`/api/patients/${rosaId}/problems`);
    expect(res.status).toBe(200);
    expect((await res.json()).problems.map((p: { title: string }) => p.title)).toEqual([
      'Heart failure with recent readmission', 'Type 2 diabetes, A1c above goal', 'Food insecurity',
    ]);
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await caregiver.get(`/api/patients/${rosaId}/problems`)).status).toBe(404);
  });

  it('refuses a future date of birth with a field message', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await coordinator.post('/api/patients', { name: 'Future', dateOfBirth: '2999-01-01', memberNumber: 'MBR-T2', enrollmentDate: '2026-01-01' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual([{ path: 'dateOfBirth', message: 'Date of birth cannot be in the future.' }]);
  });

  it('keeps caregivers from enrolling patients or reading the staff directory', async () => {
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await caregiver.post('/api/patients', { name: 'X', dateOfBirth: '1960-01-01', memberNumber: 'MBR-T3', enrollmentDate: '2026-01-01' })).status).toBe(403);
    expect((await caregiver.get('/api/staff')).status).toBe(403);
  });
});
