import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

describe('reviewing and exporting the audit trail', () => {
  let server: TestServer;
  let rosaId: string;
  beforeAll(async () => {
    server = await startTestServer();
    rosaId = await patientIdByName(await signedIn(server.url, 'coordinator'), 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('requires sign-in and denies other patients', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/audit`)).status).toBe(401);
    const chw = await signedIn(server.url, 'chw');
    const walterId = await patientIdByName(await signedIn(server.url, 'coordinator'), 'Walter Kim');
    expect((await chw.get(`/api/patients/${walterId}/audit`)).status).toBe(404);
  });

  it('1. the physician opens Rosa\'s record; 2. the coordinator filters Rosa\'s trail by the physician and sees it, with the review itself audited', async () => {
    const physician = await signedIn(server.url, 'physician');
    await physician.get(`/api/patients/${rosaId}`);
    const physicianId = (await (await physician.get('/api/me')).json()).id;
    const coordinator = await signedIn(server.url, 'coordinator');
    const { records } = await (await coordinator.get(`/api/patients/${rosaId}/audit?userId=${physicianId}&limit=500`)).json();
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r: { userId: string; patientId: string }) => r.userId === physicianId && r.patientId === rosaId)).toBe(true);
    expect(records).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'patient.read', outcome: 'success', role: 'physician' })]));
    const all = await server.services.store.audit.list({ patientId: rosaId, limit: 1000 });
    expect(all.some((r) => r.type === 'audit.read')).toBe(true);
  });

  it('1. the physician lists patients, reads the worklist; 2. an admin finds each read in the trail of every patient shown', async () => {
    const physician = await signedIn(server.url, 'physician');
    const physicianId = (await (await physician.get('/api/me')).json()).id;
    const listed = (await (await physician.get('/api/patients')).json()) as { patients: Array<{ id: string }> };
    expect(listed.patients.length).toBeGreaterThan(1);
    await physician.get('/api/worklist');
    const admin = await signedIn(server.url, 'admin');
    for (const { id } of listed.patients) {
      const res = await admin.get(`/api/patients/${id}/audit?userId=${physicianId}&limit=500`);
      expect(res.status).toBe(200);
      const { records } = (await res.json()) as { records: Array<{ type: string; patientId: string }> };
      expect(records).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'patient.list', patientId: id })]));
    }
  });

  it('exports CSV for admins with spreadsheet formulas neutralized, and audits the export', async () => {
    const admin = await signedIn(server.url, 'admin');
    await server.services.audit.record({ actor: null, action: 'E', type: 'test', resourceType: 'Test', outcome: 'denied', reason: '=HYPERLINK("http://evil.example")' });
    const res = await admin.get('/api/admin/audit/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await res.text();
    expect(csv.split('\n')[0]).toBe('seq,at,userId,role,patientId,action,type,resourceType,resourceId,category,outcome,ip,sessionId,reason,prevHash,hash');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const json = await (await admin.get(`/api/admin/audit/export?format=json&patientId=${rosaId}`)).json();
    expect(json.records.every((r: { patientId: string }) => r.patientId === rosaId)).toBe(true);
    const exports = (await server.services.store.audit.list({ limit: 5000 })).filter((r) => r.type === 'audit.export');
    expect(exports).toHaveLength(2);
  });

  it('neutralizes every way a cell can start a formula: TAB, CR, LF, leading spaces, full-width signs', async () => {
    const hostile = ['\t=1+1', '\r=1+1', '\n=1+1', '  =1+1', ' \t+SUM(A1)', '\u00a0-2+3', '\u3000@cmd', '\uff1d1+1', '+1', '-1', '@SUM(A1)'];
    // Written straight to the store: the audit trail itself only takes reasons the server wrote.
    await server.services.store.audit.appendMany(hostile.map((reason) => ({
      at: new Date().toISOString(), userId: null, role: null, patientId: null, action: 'E' as const, type: 'test.csv', resourceType: 'Test', resourceId: null, category: null, outcome: 'denied' as const, ip: null, sessionId: null, reason,
    })));
    const csv = await (await (await signedIn(server.url, 'admin')).get('/api/admin/audit/export?format=csv')).text();
    for (const reason of hostile) expect(csv).toContain(`"'${reason}"`);
    // A harmless value is left alone.
    expect(csv).toContain('"test.csv"');
  });

  it('1. records span three days; 2. the admin exports one day as CSV (streamed) and pages the JSON export by afterSeq; 3. a backwards range is a field error', async () => {
    const admin = await signedIn(server.url, 'admin');
    const event = (at: string) => ({ at, userId: null, role: null, patientId: null, action: 'E' as const, type: 'test.range', resourceType: 'Test', resourceId: null, category: null, outcome: 'success' as const, ip: null, sessionId: null, reason: null });
    await server.services.store.audit.appendMany([
      event('2020-03-01T12:00:00.000Z'), event('2020-03-02T08:00:00.000Z'), event('2020-03-02T09:00:00.000Z'), event('2020-03-02T10:00:00.000Z'), event('2020-03-03T12:00:00.000Z'),
    ]);
    const day = 'from=2020-03-02T00:00:00.000Z&to=2020-03-03T00:00:00.000Z';
    const streamed = await admin.get(`/api/admin/audit/export?format=csv&${day}`);
    expect(streamed.headers.get('transfer-encoding')).toBe('chunked');
    const csv = await streamed.text();
    const rows = csv.trim().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).every((r) => r.includes('"2020-03-02T'))).toBe(true);

    const first = await (await admin.get(`/api/admin/audit/export?format=json&${day}&limit=2`)).json();
    expect(first.records.map((r: { at: string }) => r.at)).toEqual(['2020-03-02T08:00:00.000Z', '2020-03-02T09:00:00.000Z']);
    expect(first.nextAfterSeq).toBe(first.records[1].seq);
    const second = await (await admin.get(`/api/admin/audit/export?format=json&${day}&limit=2&afterSeq=${first.nextAfterSeq}`)).json();
    expect(second.records.map((r: { at: string }) => r.at)).toEqual(['2020-03-02T10:00:00.000Z']);
    expect(second.nextAfterSeq).toBeNull();

    const backwards = await admin.get('/api/admin/audit/export?format=csv&from=2020-03-03T00:00:00.000Z&to=2020-03-02T00:00:00.000Z');
    const exports = await server.services.store.audit.list({ afterSeq: first.records[1].seq, limit: 5000 });
    expect(exports).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'audit.export', resourceId: '2020-03-02T00:00:00.000Z..2020-03-03T00:00:00.000Z', reason: 'export as csv' })]));
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.fields).toEqual([expect.objectContaining({ path: 'query.to' })]);
  });
});
