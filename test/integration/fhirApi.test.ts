import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefinitions, expectValidFhir } from '../support/fhirValidation';
import type { ApiClient} from '../support/http';
import { patientIdByName, signedIn } from '../support/http';
import { LOW_RISK_ANSWERS } from '../support/screeningAnswers';
import { startTestServer, type TestServer } from '../support/server';

/** A FHIR request as a system with a bearer token (no cookie, no Origin: a server-to-server call). */
async function asSystem(server: TestServer, token: string, path: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' } });
}

/** Reads a FHIR answer, checks its media type and validates it (and every Bundle entry) against the R4 base definitions. */
async function fhir<T extends Resource = Bundle>(res: Response, status = 200): Promise<T> {
  const body = await res.text();
  expect({ status: res.status, body: res.status === status ? '' : body }).toEqual({ status, body: '' });
  expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
  const resource = JSON.parse(body) as T;
  expectValidFhir(resource);
  return resource;
}

const ids = (bundle: Bundle, type?: string): string[] =>
  (bundle.entry ?? []).map((e) => e.resource!).filter((r) => !type || r.resourceType === type).map((r) => r.id!);

describe('FHIR R4 API: systems with bearer tokens and staff with sessions read what the app\'s policies allow, every resource valid R4', () => {
  let server: TestServer;
  let admin: ApiClient;
  let rosaId: string;
  let walterId: string;
  let warehouseToken: string;
  let warehouseId: string;

  const createClient = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/admin/api-clients', { expiresOn: '2099-12-31', patientId: null, ...body });
    expect(res.status).toBe(201);
    return (await res.json()) as { client: { id: string; status: string }; token: string };
  };

  beforeAll(async () => {
    ensureDefinitions();
    server = await startTestServer();
    admin = await signedIn(server.url, 'admin');
    const coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    const created = await createClient({ name: 'Health plan data warehouse', scopes: ['system/*.read', 'system/AuditEvent.read'] });
    warehouseToken = created.token;
    warehouseId = created.client.id;
  });
  afterAll(() => server.close());

  it('metadata: a valid CapabilityStatement, public, listing exactly the types and searches served', async () => {
    const statement = await fhir<Resource & { rest: Array<{ resource: Array<{ type: string; searchParam: Array<{ name: string }> }> }> }>(await fetch(`${server.url}/fhir/R4/metadata`));
    expect(statement.resourceType).toBe('CapabilityStatement');
    const types = statement.rest[0]!.resource.map((r) => r.type);
    expect(types).toEqual(['Patient', 'CareTeam', 'CarePlan', 'Goal', 'Condition', 'Task', 'ServiceRequest', 'MedicationStatement', 'Communication', 'Consent', 'QuestionnaireResponse', 'AuditEvent']);
    expect(statement.rest[0]!.resource.find((r) => r.type === 'Goal')!.searchParam.map((p) => p.name)).toEqual(['_id', '_lastUpdated', 'patient', 'lifecycle-status', 'status']);
  });

  it('1. the admin creates a client and sees its token once; 2. the system searches every type within the organization; 3. each read is audited naming the patient', async () => {
    const list = (await (await admin.get('/api/admin/api-clients')).json()) as { clients: Array<Record<string, unknown>> };
    expect(list.clients.find((c) => c.id === warehouseId)).toMatchObject({ name: 'Health plan data warehouse', status: 'active' });
    expect(JSON.stringify(list)).not.toContain(warehouseToken);

    const patients = await fhir(await asSystem(server, warehouseToken, '/fhir/R4/Patient'));
    expect(patients.type).toBe('searchset');
    expect(ids(patients)).toEqual(expect.arrayContaining([rosaId, walterId]));
    for (const type of ['CareTeam', 'CarePlan', 'Goal', 'Condition', 'Task', 'ServiceRequest', 'MedicationStatement', 'Communication', 'Consent', 'AuditEvent']) {
      await fhir(await asSystem(server, warehouseToken, `/fhir/R4/${type}?patient=Patient/${rosaId}&_count=100`));
    }
    const goals = await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Goal?patient=${rosaId}`));
    expect(ids(goals).sort()).toEqual(['demo-goal-home', 'demo-goal-walk']);
    const records = await server.services.store.audit.list({ userId: `api-client:${warehouseId}`, patientId: rosaId, limit: 100 });
    expect(records).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'fhir.search', resourceType: 'Goal', action: 'R', role: 'system', outcome: 'success' })]));
  });

  it('a system never reads behavioral-health or substance-use content, in a search, a read or $everything', async () => {
    const conditions = await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Condition?patient=${rosaId}`));
    expect(ids(conditions).sort()).toEqual(['demo-need-diabetes', 'demo-need-food', 'demo-need-heart-failure', 'demo-need-transport']);
    await fhir<OperationOutcome>(await asSystem(server, warehouseToken, '/fhir/R4/Condition/demo-su-alcohol'), 404);
    const everything = await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Patient/${rosaId}/$everything`));
    expect(JSON.stringify(everything)).not.toMatch(/alcohol|Low mood/);
    expect(ids(everything, 'MedicationStatement')).toHaveLength(3);
  });

  it('search: _id, status, _lastUpdated and _count with paging links that lead through every match', async () => {
    const first = await fhir(await asSystem(server, warehouseToken, '/fhir/R4/Patient?_count=1'));
    expect(first.entry).toHaveLength(1);
    const seen = [...ids(first)];
    let next = first.link?.find((l) => l.relation === 'next')?.url;
    while (next) {
      const page = await fhir(await asSystem(server, warehouseToken, new URL(next).pathname + new URL(next).search));
      seen.push(...ids(page));
      next = page.link?.find((l) => l.relation === 'next')?.url;
    }
    expect(seen).toHaveLength(first.total!);
    expect(new Set(seen).size).toBe(seen.length);

    expect(ids(await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Patient?_id=${walterId}`)))).toEqual([walterId]);
    const inProgress = await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Task?patient=${rosaId}&status=in-progress`));
    expect(ids(inProgress)).toContain('demo-task-weigh');
    expect(inProgress.entry!.every((e) => (e.resource as { status: string }).status === 'in-progress')).toBe(true);
    const cancelled = await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Task?patient=${rosaId}&status=cancelled,entered-in-error`));
    expect(ids(cancelled)).not.toContain('demo-task-weigh');
    expect(ids(await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Goal?patient=${rosaId}&_lastUpdated=ge2000-01-01`)))).toHaveLength(2);
    expect(ids(await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Goal?patient=${rosaId}&_lastUpdated=lt2000-01-01`)))).toEqual([]);
  });

  it('errors are OperationOutcomes: 400 for a bad search parameter, 404 for an unknown resource or type', async () => {
    const bad = await fhir<OperationOutcome>(await asSystem(server, warehouseToken, '/fhir/R4/Goal?colour=blue'), 400);
    expect(bad.issue[0]).toMatchObject({ severity: 'error', code: 'invalid', expression: ['colour'] });
    await fhir<OperationOutcome>(await asSystem(server, warehouseToken, '/fhir/R4/Goal?_count=0'), 400);
    await fhir<OperationOutcome>(await asSystem(server, warehouseToken, '/fhir/R4/Goal?_lastUpdated=yesterday'), 400);
    await fhir<OperationOutcome>(await asSystem(server, warehouseToken, '/fhir/R4/Patient/not-a-patient'), 404);
    await fhir<OperationOutcome>(await asSystem(server, warehouseToken, '/fhir/R4/Observation'), 404);
  });

  it('the care plan export is an MCC-shaped Bundle: the CarePlan addresses Conditions, has Goals and Task/ServiceRequest activities, the CareTeam has roles', async () => {
    const bundle = await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Patient/${rosaId}/$care-plan`));
    expect(bundle.type).toBe('collection');
    const plan = bundle.entry![0]!.resource as Resource & { addresses: Array<{ reference: string }>; goal: Array<{ reference: string }>; activity: Array<{ reference: { reference: string } }> };
    expect(plan.resourceType).toBe('CarePlan');
    expect(plan.addresses.map((a) => a.reference).sort()).toEqual(['Condition/demo-need-diabetes', 'Condition/demo-need-food', 'Condition/demo-need-heart-failure', 'Condition/demo-need-transport']);
    expect(plan.goal.map((g) => g.reference).sort()).toEqual(['Goal/demo-goal-home', 'Goal/demo-goal-walk']);
    expect(plan.activity.map((a) => a.reference.reference)).toEqual(expect.arrayContaining(['ServiceRequest/demo-referral-cardiology', 'ServiceRequest/demo-test-bnp', 'Task/demo-task-weigh']));
    // Every reference in the plan resolves inside the Bundle.
    const inBundle = new Set(bundle.entry!.map((e) => `${e.resource!.resourceType}/${e.resource!.id}`));
    for (const ref of [...plan.addresses, ...plan.goal, ...plan.activity.map((a) => a.reference)]) expect(inBundle.has(ref.reference)).toBe(true);
    const team = bundle.entry!.find((e) => e.resource!.resourceType === 'CareTeam')!.resource as Resource & { participant: Array<{ role: Array<{ coding: Array<{ code: string }> }> }> };
    expect(team.participant.map((p) => p.role[0]!.coding[0]!.code)).toEqual(expect.arrayContaining(['care_coordinator', 'physician', 'family_caregiver']));
    expect(await server.services.store.audit.list({ userId: `api-client:${warehouseId}`, patientId: rosaId, limit: 500 }))
      .toEqual(expect.arrayContaining([expect.objectContaining({ type: 'fhir.carePlanExport', action: 'E', outcome: 'success' })]));
  });

  it('scopes: a Patient-only client is refused other types (403); a patient/ client sees its one patient only', async () => {
    const patientOnly = await createClient({ name: 'Eligibility check', scopes: ['system/Patient.read'] });
    await fhir(await asSystem(server, patientOnly.token, '/fhir/R4/Patient'));
    const refused = await fhir<OperationOutcome>(await asSystem(server, patientOnly.token, '/fhir/R4/Goal'), 403);
    expect(refused.issue[0]!.code).toBe('forbidden');
    const noAudit = await fhir<OperationOutcome>(await asSystem(server, (await createClient({ name: 'Wildcard', scopes: ['system/*.read'] })).token, '/fhir/R4/AuditEvent'), 403);
    expect(noAudit.issue[0]!.code).toBe('forbidden');

    const rosaApp = await createClient({ name: 'Rosa\'s PCP practice', scopes: ['patient/*.read'], patientId: rosaId });
    expect(ids(await fhir(await asSystem(server, rosaApp.token, '/fhir/R4/Patient')))).toEqual([rosaId]);
    await fhir<OperationOutcome>(await asSystem(server, rosaApp.token, `/fhir/R4/Patient/${walterId}`), 404);
  });

  it('staff read through their session: the coordinator sees substance use, the physician behavioral health only, the pharmacist neither', async () => {
    const conditionsFor = async (who: string) => {
      const client = await signedIn(server.url, who);
      return ids(await fhir(await client.get(`/fhir/R4/Condition?patient=${rosaId}`))).sort();
    };
    expect(await conditionsFor('coordinator')).toEqual(['demo-bh-low-mood', 'demo-need-diabetes', 'demo-need-food', 'demo-need-heart-failure', 'demo-need-transport', 'demo-su-alcohol']);
    expect(await conditionsFor('physician')).toEqual(['demo-bh-low-mood', 'demo-need-diabetes', 'demo-need-food', 'demo-need-heart-failure', 'demo-need-transport']);
    expect(await conditionsFor('pharmacist')).toEqual(['demo-need-diabetes', 'demo-need-food', 'demo-need-heart-failure', 'demo-need-transport']);
    const coordinator = await signedIn(server.url, 'coordinator');
    const audit = await fhir(await coordinator.get(`/fhir/R4/AuditEvent?patient=${rosaId}&_count=5`));
    expect(audit.entry!.length).toBeGreaterThan(0);
    await fhir(await coordinator.get(`/fhir/R4/Patient/${rosaId}/$everything`));
    const physician = await signedIn(server.url, 'physician');
    expect(ids(await fhir(await physician.get(`/fhir/R4/AuditEvent?patient=${rosaId}`)))).toEqual([]);
  });

  it('screenings: a completed one is a QuestionnaireResponse per instrument, with who answered each item, for administering staff only — never the pharmacist or a system', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const chwId = ((await (await signedIn(server.url, 'chw')).get('/api/me').then((r) => r.json())) as { id: string }).id;
    const at = '2026-11-20T15:00:00.000Z';
    const store = server.services.store;
    await store.screenings.start({ id: 'fhir-screening', patientId: walterId, status: 'in_progress', amendsId: null, startedBy: chwId, startedAt: at, completedBy: null, completedAt: null, answers: null, outcome: null, needs: '[]' });
    await store.screenings.complete('fhir-screening', {
      completedBy: chwId, completedAt: at, needs: '[]',
      answers: JSON.stringify(Object.entries(LOW_RISK_ANSWERS).map(([linkId, value]) => ({ linkId, value, userId: chwId, at }))),
      outcome: JSON.stringify({ scores: [], flags: [], riskLevel: 'Low', reasons: [], summary: 'Low' }),
    });
    const responses = await fhir(await coordinator.get(`/fhir/R4/QuestionnaireResponse?patient=${walterId}&status=completed`));
    const items = (responses.entry ?? []).map((e) => e.resource as Resource & { questionnaire: string; item: Array<{ linkId: string; extension: Array<{ valueReference: { display: string } }> }> });
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.flatMap((r) => r.item.map((i) => i.linkId)).sort()).toEqual(Object.keys(LOW_RISK_ANSWERS).sort());
    expect(items[0]!.item[0]!.extension[0]!.valueReference.display).toMatch(/^Tasha Brooks/);
    await fhir(await coordinator.get(`/fhir/R4/QuestionnaireResponse/${items[0]!.id!}`));
    // The pharmacist and a system with every scope read none of it: PHQ and safety answers.
    expect(ids(await fhir(await (await signedIn(server.url, 'pharmacist')).get(`/fhir/R4/QuestionnaireResponse?patient=${walterId}`)))).toEqual([]);
    expect(ids(await fhir(await asSystem(server, warehouseToken, `/fhir/R4/Patient/${walterId}/$everything`)), 'QuestionnaireResponse')).toEqual([]);
  });

  it('refused: no credentials (401), the family caregiver (403), off-team staff (404 and empty searches), revoked and expired tokens (401)', async () => {
    const anonymous = await fhir<OperationOutcome>(await fetch(`${server.url}/fhir/R4/Patient`), 401);
    expect(anonymous.issue[0]!.code).toBe('login');

    const caregiver = await signedIn(server.url, 'caregiver');
    await fhir<OperationOutcome>(await caregiver.get(`/fhir/R4/Patient/${rosaId}`), 403);
    await fhir<OperationOutcome>(await caregiver.get('/fhir/R4/CarePlan'), 403);

    // The admin is on no care team: as a staff member they see no patient through FHIR.
    await fhir<OperationOutcome>(await admin.get(`/fhir/R4/Patient/${rosaId}`), 404);
    expect(ids(await fhir(await admin.get('/fhir/R4/Patient')))).toEqual([]);
    await fhir<OperationOutcome>(await admin.get(`/fhir/R4/Patient/${rosaId}/$everything`), 404);

    const doomed = await createClient({ name: 'Old integration', scopes: ['system/*.read'] });
    await fhir(await asSystem(server, doomed.token, '/fhir/R4/Patient'));
    const revoked = await admin.post(`/api/admin/api-clients/${doomed.client.id}/revoke`);
    expect((await revoked.json()).status).toBe('revoked');
    await fhir<OperationOutcome>(await asSystem(server, doomed.token, '/fhir/R4/Patient'), 401);

    await server.services.store.apiClients.create({
      id: 'expired-client', name: 'Expired', scopes: ['system/*.read'], patientId: null, tokenHash: (await import('../../server/src/domain/apiClients/apiTokens')).hashApiToken('expired-token'),
      createdBy: 'x', createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-12-31T23:59:59.999Z', revokedAt: null, revokedBy: null,
    });
    await fhir<OperationOutcome>(await asSystem(server, 'expired-token', '/fhir/R4/Patient'), 401);
    await fhir<OperationOutcome>(await asSystem(server, 'made-up', '/fhir/R4/Patient'), 401);
    // The demo organization has a client in each state.
    await fhir(await asSystem(server, 'chf_demo-health-plan-warehouse', '/fhir/R4/Patient'));
    await fhir<OperationOutcome>(await asSystem(server, 'chf_demo-revoked-vendor', '/fhir/R4/Patient'), 401);
    await fhir<OperationOutcome>(await asSystem(server, 'chf_demo-expired-pilot', '/fhir/R4/Patient'), 401);
    const denials = await server.services.store.audit.list({ userId: `api-client:${doomed.client.id}`, limit: 100 });
    expect(denials).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'fhir.authenticate', outcome: 'denied', reason: 'token revoked' })]));
  });

  it('only an organization admin manages API clients; bad input is a field error in plain words', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    expect((await coordinator.post('/api/admin/api-clients', { name: 'x', scopes: ['system/*.read'], expiresOn: '2099-01-01' })).status).toBe(403);
    const bad = await admin.post('/api/admin/api-clients', { name: '', scopes: ['system/everything'], expiresOn: '2099-01-01' });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: Array<{ path: string; message: string }> } }).error.fields;
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['body.name', 'body.scopes.0']));
    const past = await admin.post('/api/admin/api-clients', { name: 'Late', scopes: ['system/*.read'], expiresOn: '2001-01-01' });
    expect(((await past.json()) as { error: { fields: Array<{ message: string }> } }).error.fields[0]!.message).toBe('Choose an expiry date that is today or later.');
    const noPatient = await admin.post('/api/admin/api-clients', { name: 'App', scopes: ['patient/*.read'], expiresOn: '2099-01-01' });
    expect(noPatient.status).toBe(400);
  });
});
