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
});
