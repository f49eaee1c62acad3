import type { MeasureMembers, MeasuresReport } from '@carehuddle/shared';
import type { MeasureReport } from '@medplum/fhirtypes';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/domain/auth/passwords';
import { ensureDefinitions, expectValidFhir } from '../support/fhirValidation';
import { ApiClient, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

const NORA_EMAIL = 'nora.measures@example.org';
const NORA_PASSWORD = 'nora-measures-password-1';

describe('program measures', () => {
  // Today is 2026-11-20 in New York; the default report covers December 2025 to November 2026.
  const clock = new ManualClock(new Date('2026-11-20T15:00:00.000Z'));
  let server: TestServer;
  let admin: ApiClient;
  let nora: ApiClient;
  let noraId: string;
  const ids = { iris: randomUUID(), omar: randomUUID(), lena: randomUUID() };

  beforeAll(async () => {
    ensureDefinitions();
    server = await startTestServer({ clock });
    const store = server.services.store;
    noraId = randomUUID();
    await store.users.create({ id: noraId, email: NORA_EMAIL, name: 'Nora Measures', kind: 'staff', isAdmin: false, passwordHash: await hashPassword(NORA_PASSWORD), createdAt: '2026-01-01T00:00:00.000Z' });
    // Nora's caseload: Iris screened in time, Omar never screened (window closed), Lena enrolled ten days ago (window open).
    const enroll = async (id: string, name: string, enrollmentDate: string, riskLevel: 'High' | 'Low' | null) => {
      await store.patients.create({ id, name, dateOfBirth: '1950-01-01', memberNumber: `MX-${id.slice(0, 8)}`, enrollmentDate, riskLevel, riskSetBy: null, riskSetAt: null, createdAt: `${enrollmentDate}T12:00:00.000Z` });
      await store.careTeams.add({ patientId: id, userId: noraId, role: 'care_coordinator', isLead: true, joinedAt: `${enrollmentDate}T12:00:00.000Z` });
    };
    await enroll(ids.iris, 'Iris Measured', '2026-09-05', 'High');
    await enroll(ids.omar, 'Omar Measured', '2026-09-30', 'Low');
    await enroll(ids.lena, 'Lena Measured', '2026-11-10', null);
    const item = (patientId: string, kind: string, category: 'clinical' | 'substanceUse', data: object) => store.tracking.insert({
      id: randomUUID(), patientId, kind, category, data: JSON.stringify(data), ownerId: null, createdAt: '2026-10-01T12:00:00.000Z', updatedAt: '2026-10-01T12:00:00.000Z',
    });
    await item(ids.iris, 'screening', 'clinical', { screenedOn: '2026-09-20', screeningId: 's-1', proposedRiskLevel: 'High' });
    // A substance-use discharge is a restricted record: it never feeds the measures.
    await item(ids.omar, 'transition', 'substanceUse', { setting: 'hospital', admittedOn: '2026-10-01', dischargedOn: '2026-10-05', facility: 'Detox unit', followUpOn: null, reconciledOn: null });
    admin = await signedIn(server.url, 'admin');
    nora = await new ApiClient(server.url).signIn(NORA_EMAIL, NORA_PASSWORD);
  });
  afterAll(() => server.close());

  const report = async (client: ApiClient, query = ''): Promise<MeasuresReport> => {
    const res = await client.get(`/api/measures${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as MeasuresReport;
  };
  const measureOf = (r: MeasuresReport, id: string) => r.measures.find((m) => m.measure === id)!;

  it('requires sign-in; the family and staff who coordinate no one are refused; a coordinator sees only her own caseload', async () => {
    expect((await new ApiClient(server.url).get('/api/measures')).status).toBe(401);
    expect((await (await signedIn(server.url, 'caregiver')).get('/api/measures')).status).toBe(403);
    expect((await (await signedIn(server.url, 'physician')).get('/api/measures')).status).toBe(403);
    const maya = await signedIn(server.url, 'coordinator');
    expect((await maya.get(`/api/measures?coordinatorId=${noraId}`)).status).toBe(403);
    expect((await maya.get(`/api/measures/screening_within_30_days/members?coordinatorId=${noraId}`)).status).toBe(403);
    expect((await report(nora)).coordinatorId).toBe(noraId);
  });

  it('bad input gets field messages as sentences', async () => {
    const month = await admin.get('/api/measures?from=2026-13');
    expect(month.status).toBe(400);
    expect((await month.json()).error.fields[0]).toEqual({ path: 'query.from', message: 'Enter the month as YYYY-MM.' });
    const backwards = await admin.get('/api/measures?from=2026-10&to=2026-09');
    expect((await backwards.json()).error.fields[0]).toEqual({ path: 'query.to', message: 'The last month cannot be before the first.' });
    // Only the first month named: the last is this month, and one request may not span decades.
    const decades = await admin.get('/api/measures?from=2020-01');
    expect(decades.status).toBe(400);
    expect((await decades.json()).error.fields[0]).toEqual({ path: 'from', message: 'Choose at most 36 months.' });
    const unknown = await admin.get('/api/measures/no_such_measure/members');
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.fields[0].message).toBe('Choose one of the program measures.');
  });

  it("1. the admin reads Nora's caseload; 2. September's screening measure is 1 of 2 and November's enrollment is pending; 3. Nora sees the same numbers", async () => {
    const forAdmin = await report(admin, `?coordinatorId=${noraId}`);
    const screening = measureOf(forAdmin, 'screening_within_30_days');
    expect(screening.months.find((m) => m.month === '2026-09')).toEqual({ month: '2026-09', numerator: 1, denominator: 2, pending: 0, rate: 0.5 });
    expect(screening.months.find((m) => m.month === '2026-11')).toEqual({ month: '2026-11', numerator: 0, denominator: 0, pending: 1, rate: null });
    expect(screening.byRiskLevel.map((r) => [r.riskLevel, r.numerator, r.denominator])).toEqual([['High', 1, 1], ['Low', 0, 1], [null, 0, 0]]);
    expect(screening.byCoordinator).toEqual([{ coordinatorId: noraId, coordinatorName: 'Nora Measures', numerator: 1, denominator: 2, pending: 1, rate: 0.5 }]);
    // The substance-use discharge is not counted.
    expect(measureOf(forAdmin, 'follow_up_7_days').total.denominator).toBe(0);
    expect(measureOf(await report(nora), 'screening_within_30_days')).toEqual(screening);
  });

  it('1. Nora records a discharge and its follow-up through the API; 2. October\'s 7-day follow-up reads 1 of 1; 3. its reconciliation window is still open', async () => {
    const recorded = await nora.post(`/api/patients/${ids.iris}/tracking`, { kind: 'transition', setting: 'hospital', admittedOn: '2026-10-20', dischargedOn: '2026-10-22', facility: 'St. Mary Medical Center' });
    expect(recorded.status).toBe(201);
    const { id } = (await recorded.json()) as { id: string };
    expect((await nora.post(`/api/patients/${ids.iris}/tracking/${id}/progress`, { action: 'follow_up_done', on: '2026-10-29' })).status).toBe(204);
    const r = await report(nora);
    expect(measureOf(r, 'follow_up_7_days').months.find((m) => m.month === '2026-10')).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
    expect(measureOf(r, 'reconciliation_30_days').months.find((m) => m.month === '2026-10')).toMatchObject({ numerator: 0, denominator: 0, pending: 1 });
  });

  it('the members behind a number: the click-through lists them, and each shown member is audited for the reader', async () => {
    const before = (await server.services.store.audit.list({ userId: (await (await admin.get('/api/me')).json()).id, limit: 10_000 })).length;
    const res = await admin.get(`/api/measures/screening_within_30_days/members?month=2026-09&result=not_met&coordinatorId=${noraId}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as MeasureMembers;
    expect(body.members).toEqual([{ patientId: ids.omar, name: 'Omar Measured', riskLevel: 'Low', month: '2026-09', anchorDate: '2026-09-30', dueDate: '2026-10-30', result: 'not_met' }]);
    const records = await server.services.store.audit.list({ userId: (await (await admin.get('/api/me')).json()).id, limit: 10_000 });
    expect(records.slice(before)).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'measures.members', patientId: ids.omar, outcome: 'success' })]));
    expect(records.slice(before).some((r) => r.patientId === ids.iris)).toBe(false);
  });

  it('exports CSV for the health plan: counts only, one row per measure and month, then by coordinator and risk level', async () => {
    const res = await nora.get('/api/measures/export.csv?from=2026-09&to=2026-11');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="carehuddle-measures.csv"');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('measure,title,period,breakdown,value,numerator,denominator,pending,rate');
    expect(lines).toContain('"screening_within_30_days","Health screening within 30 days of enrollment","2026-09","all","","1","2","0","0.5000"');
    expect(lines).toContain('"screening_within_30_days","Health screening within 30 days of enrollment","2026-09..2026-11","coordinator","Nora Measures","1","2","1","0.5000"');
    expect(lines.join('\n')).not.toContain('Measured');
  });

  it('exports a valid FHIR R4 MeasureReport per measure and month, and the Measure that defines it', async () => {
    const res = await nora.get('/api/measures/screening_within_30_days/fhir/MeasureReport?month=2026-09');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const fhirReport = (await res.json()) as MeasureReport;
    expectValidFhir(fhirReport);
    expect(fhirReport).toMatchObject({ status: 'complete', type: 'summary', measure: 'urn:carehuddle:measure:screening_within_30_days', period: { start: '2026-09-01', end: '2026-09-30' } });
    const counts = Object.fromEntries(fhirReport.group![0]!.population!.map((p) => [p.code!.coding![0]!.code, p.count]));
    expect(counts).toEqual({ 'initial-population': 2, denominator: 2, 'denominator-exclusion': 0, numerator: 1 });
    expect(fhirReport.group![0]!.measureScore).toEqual({ value: 0.5 });
    const pending = (await (await nora.get('/api/measures/screening_within_30_days/fhir/MeasureReport?month=2026-11')).json()) as MeasureReport;
    expectValidFhir(pending);
    expect(pending.status).toBe('pending');
    const definition = await (await nora.get('/api/measures/screening_within_30_days/fhir/Measure')).json();
    expectValidFhir(definition);
    expect(definition).toMatchObject({ resourceType: 'Measure', url: 'urn:carehuddle:measure:screening_within_30_days', status: 'active' });
  });

  it("1. Nora disenrolls Omar (moved) before his screening window closed; 2. he leaves September's screening denominator: 1 of 1", async () => {
    const before = measureOf(await report(nora), 'screening_within_30_days').months.find((m) => m.month === '2026-09');
    expect(before).toMatchObject({ numerator: 1, denominator: 2 });
    const ended = await nora.post(`/api/patients/${ids.omar}/enrollment`, { action: 'disenroll', on: '2026-10-10', reason: 'moved' });
    expect(ended.status).toBeLessThan(300);
    const after = measureOf(await report(nora), 'screening_within_30_days').months.find((m) => m.month === '2026-09');
    expect(after).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
  });
});
