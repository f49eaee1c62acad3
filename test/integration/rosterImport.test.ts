import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RosterImportRunner, runRosterImport } from '../../server/src/domain/roster/runRosterImport';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

const HEADER = 'member_number,name,date_of_birth,enrollment_date,preferred_language,interpreter_needed,phone,preferred_contact_time,address_line,city,state,postal_code,health_plan,allergies,pcp_email';

interface Job { id: string; status: string; counts: { created: number; updated: number; refused: number }; rows: Array<{ row: number; memberNumber: string | null; outcome: string; patientId: string | null; reasons: string[] }>; failure: string | null }

/** Starts an import and waits for it to finish, as the page does by polling. */
async function importFile(client: ApiClient, coordinatorId: string, format: 'csv' | 'fhir', content: string): Promise<Job> {
  const res = await client.request('POST', `/api/roster-imports?format=${format}&coordinatorId=${coordinatorId}`, content, { 'content-type': format === 'csv' ? 'text/csv' : 'application/fhir+json' });
  expect(res.status, await res.clone().text()).toBe(202);
  const { id } = (await res.json()) as Job;
  let job: Job | undefined;
  await waitFor(async () => {
    job = (await (await client.get(`/api/roster-imports/${id}`)).json()) as Job;
    return job.status === 'completed' || job.status === 'failed';
  }, 'the import to finish', 30_000);
  return job!;
}

describe('roster import', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let coordinatorId: string;
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    coordinatorId = ((await (await coordinator.get('/api/me')).json()) as { id: string }).id;
  });
  afterAll(() => server.close());

  it('requires sign-in', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.request('POST', `/api/roster-imports?format=csv&coordinatorId=${coordinatorId}`, HEADER, { 'content-type': 'text/csv' })).status).toBe(401);
  });

  it('1. imports the good rows of a CSV; 2. reports each bad row with why; 3. never writes part of a refused row', async () => {
    const csv = [
      HEADER,
      'CSV-1,Ana Torres,1951-02-03,2026-11-01,es,yes,503-555-0101,Mornings,12 Pine St,Portland,OR,97201,Cascade,Penicillin;Latex,physician@demo.carehuddle.test',
      'CSV-2,Ben Ortiz,1960-07-08,,en,no,,,,,,,Cascade,none,',
      'CSV-3,Future Person,2999-01-01,,,,,,,,,,,,',
      'CSV-4,Bad Phone,1970-01-01,,,,12,,,,,,,,',
      'CSV-5,Unknown Doctor,1970-01-01,,,,,,,,,,,,nobody@example.org',
      'CSV-1,Twice Listed,1970-01-01,,,,,,,,,,,,',
      ',No Number,1970-01-01,,,,,,,,,,,,',
      'CSV-8,Too,Few',
    ].join('\n');
    const job = await importFile(coordinator, coordinatorId, 'csv', csv);
    expect(job.status).toBe('completed');
    expect(job.counts).toEqual({ created: 2, updated: 0, refused: 6 });
    const byRow = new Map(job.rows.map((r) => [r.row, r]));
    expect(byRow.get(3)?.reasons).toEqual(['Date of birth cannot be in the future.']);
    expect(byRow.get(4)?.reasons).toEqual(['Enter a phone number with at least 7 digits, such as 555-201-3344.']);
    expect(byRow.get(5)?.reasons).toEqual(["No active staff account has the PCP's e-mail nobody@example.org."]);
    expect(byRow.get(6)?.reasons).toEqual(['This member number appears earlier in the file.']);
    expect(byRow.get(7)?.reasons).toEqual(['Enter the member number.']);
    expect(byRow.get(8)?.reasons).toEqual(['This line has 3 values; the header has 15.']);

    const ana = await (await coordinator.get(`/api/patients/${byRow.get(1)!.patientId}`)).json();
    expect(ana).toMatchObject({
      name: 'Ana Torres', preferredLanguage: 'es', interpreterNeeded: true, allergies: ['Penicillin', 'Latex'], healthPlanName: 'Cascade',
      address: { city: 'Portland' }, pcp: { name: 'Dr. Samuel Okoro' }, myRole: 'care_coordinator', enrollmentDate: '2026-11-01',
    });
    expect(ana.careTeam.map((m: { role: string; isLead: boolean }) => [m.role, m.isLead])).toEqual([['care_coordinator', true], ['physician', false]]);
    expect((await (await coordinator.get(`/api/patients/${byRow.get(2)!.patientId}`)).json()).allergies).toEqual([]);
    // Refused rows left nothing behind.
    const { patients } = await (await coordinator.get('/api/patients')).json();
    expect(patients.map((p: { name: string }) => p.name)).not.toContain('Bad Phone');
    // Audited: each member written in their own trail, and the file.
    const trail = await server.services.store.audit.list({ patientId: byRow.get(1)!.patientId!, limit: 100 });
    expect(trail.map((r) => r.type)).toContain('patient.import');
  });

  it('updates a member matched on member number, leaving what the row does not give as it was', async () => {
    const walterId = await patientIdByName(coordinator, 'Walter Kim');
    const job = await importFile(coordinator, coordinatorId, 'csv', `${HEADER}\nMBR-100871,Walter Kim,1956-11-02,,,,503-555-0999,,,,,,,,`);
    expect(job.rows).toEqual([{ row: 1, memberNumber: 'MBR-100871', outcome: 'updated', patientId: walterId, reasons: [] }]);
    const walter = await (await coordinator.get(`/api/patients/${walterId}`)).json();
    expect(walter).toMatchObject({ phone: '503-555-0999', preferredLanguage: 'ko', healthPlanName: 'Cascade Community Health Plan', riskLevel: 'Moderate' });
    expect(walter.careTeam.filter((m: { role: string }) => m.role === 'care_coordinator')).toHaveLength(1);
  });

  it('imports a FHIR Bundle: Patient, Coverage for the plan and member number, Practitioner matched to the PCP\'s account; an invalid Patient is refused', async () => {
    const bundle: Bundle = {
      resourceType: 'Bundle', type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:p1', resource: {
          resourceType: 'Patient', name: [{ given: ['Grace'], family: 'Huang' }], birthDate: '1949-09-30',
          telecom: [{ system: 'phone', value: '503-555-0133' }], communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'zh' }] }, preferred: true }],
          extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired', valueBoolean: true }],
          address: [{ use: 'home', line: ['88 Elm St'], city: 'Eugene', state: 'OR', postalCode: '97401' }],
          generalPractitioner: [{ reference: 'urn:uuid:dr' }],
        } },
        { fullUrl: 'urn:uuid:c1', resource: {
          resourceType: 'Coverage', status: 'active', subscriberId: 'FHIR-77', beneficiary: { reference: 'urn:uuid:p1' }, payor: [{ display: 'Willamette Health Plan' }],
        } },
        { fullUrl: 'urn:uuid:dr', resource: { resourceType: 'Practitioner', name: [{ family: 'Okoro' }], telecom: [{ system: 'email', value: 'physician@demo.carehuddle.test' }] } },
        { fullUrl: 'urn:uuid:p2', resource: { resourceType: 'Patient', name: [{ text: 'Broken Date' }], birthDate: '30/09/1949', identifier: [{ value: 'FHIR-78' }] } as never },
      ],
    };
    const job = await importFile(coordinator, coordinatorId, 'fhir', JSON.stringify(bundle));
    expect(job.counts).toEqual({ created: 1, updated: 0, refused: 1 });
    expect(job.rows[1]!.reasons.join(' ')).toMatch(/birthDate/);
    const grace = await (await coordinator.get(`/api/patients/${job.rows[0]!.patientId}`)).json();
    expect(grace).toMatchObject({
      name: 'Grace Huang', memberNumber: 'FHIR-77', healthPlanName: 'Willamette Health Plan', preferredLanguage: 'zh', interpreterNeeded: true,
      phone: '503-555-0133', address: { line: '88 Elm St', city: 'Eugene' }, pcp: { name: 'Dr. Samuel Okoro' },
    });
  });

  it('fails a file with an unknown header as a whole, writing nothing', async () => {
    const job = await importFile(coordinator, coordinatorId, 'csv', 'member_number,name,date_of_birth,ssn\nX-1,Someone,1950-01-01,123');
    expect(job).toMatchObject({ status: 'failed', rows: [] });
    expect(job.failure).toContain('ssn');
  });

  it('lets admins import for a coordinator and staff only for themselves; only the starter and the coordinator read the job', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const denied = await pharmacist.request('POST', `/api/roster-imports?format=csv&coordinatorId=${coordinatorId}`, `${HEADER}\nADM-0,X,1950-01-01,,,,,,,,,,,,`, { 'content-type': 'text/csv' });
    expect(denied.status).toBe(403);
    const admin = await signedIn(server.url, 'admin');
    const job = await importFile(admin, coordinatorId, 'csv', `${HEADER}\nADM-1,Admin Import,1950-01-01,,,,,,,,,,,,`);
    expect(job.counts.created).toBe(1);
    expect((await coordinator.get(`/api/roster-imports/${job.id}`)).status).toBe(200);
    expect((await pharmacist.get(`/api/roster-imports/${job.id}`)).status).toBe(404);
  });

  it('runs a job again after a crash (resume) without importing anything twice', async () => {
    // 1. A job a crashed process accepted and left half-validated.
    const id = 'resumed-job';
    await server.services.store.rosterImports.create({
      id, format: 'csv', coordinatorId, createdBy: coordinatorId, createdAt: new Date().toISOString(), status: 'validating',
      content: `${HEADER}\nRES-1,Resumed Member,1950-01-01,,,,,,,,,,,,`, totalRows: 1, processedRows: 0, results: [], failure: null, completedAt: null,
    });
    // 2. Start-up runs it again from the stored file.
    const runner = new RosterImportRunner(server.services, (_id, error) => { throw error; });
    expect(await runner.resumeUnfinished()).toBeGreaterThanOrEqual(1);
    await runner.idle();
    const done = await server.services.store.rosterImports.find(id);
    expect(done).toMatchObject({ status: 'completed', results: [expect.objectContaining({ outcome: 'created' })] });
    // 3. Running the completed job again changes nothing.
    await runRosterImport(server.services, done!);
    expect(await server.services.store.rosterImports.find(id)).toEqual(done);
    const { patients } = await (await coordinator.get('/api/patients')).json();
    expect(patients.filter((p: { name: string }) => p.name === 'Resumed Member')).toHaveLength(1);
  });
});
