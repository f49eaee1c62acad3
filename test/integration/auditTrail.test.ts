import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoEmail, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

describe('audit trail', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('records sign-in success and failure, patient reads and denied attempts, with who, what and outcome', async () => {
    await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('physician'), password: 'wrong' });
    const physician = await signedIn(server.url, 'physician');
    const rosaId = await patientIdByName(physician, 'Rosa Delgado');
    await physician.get(`/api/patients/${rosaId}`);
    const chw = await signedIn(server.url, 'chw');
    await chw.get(`/api/patients/${rosaId}`).then(async () => chw.get('/api/patients/not-a-patient-of-mine'));

    const records = await server.services.store.audit.list({ limit: 1000 });
    const me = await (await physician.get('/api/me')).json();
    expect(records).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'auth.login', outcome: 'denied', userId: me.id }),
      expect.objectContaining({ type: 'auth.login', outcome: 'success', userId: me.id }),
      expect.objectContaining({ type: 'patient.read', outcome: 'success', userId: me.id, patientId: rosaId, role: 'physician', action: 'R' }),
      expect.objectContaining({ type: 'patient.read', outcome: 'denied', patientId: 'not-a-patient-of-mine' }),
    ]));
    for (const r of records) expect(r.at).toMatch(/Z$/);
  });
});
