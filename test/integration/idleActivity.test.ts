import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

describe('automatic sign-off counts only what a person does', () => {
  let server: TestServer;
  const clock = new ManualClock();
  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(() => server.close());

  it('requires sign-in to report activity', async () => {
    expect((await new ApiClient(server.url).post('/api/auth/activity')).status).toBe(401);
  });

  it('1. the coordinator leaves a tab open; 2. the page refreshes the worklist, patient and attribution by itself every few minutes; 3. after 15 untouched minutes the session has ended', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    for (let minute = 0; minute < 14; minute += 2) {
      clock.advanceMinutes(2);
      for (const path of ['/api/worklist', `/api/patients/${rosaId}`, `/api/patients/${rosaId}/plan/shared/attribution`, '/api/me']) {
        expect((await coordinator.get(path)).status).toBe(200);
      }
    }
    clock.advanceMinutes(2);
    expect((await coordinator.get('/api/me')).status).toBe(401);
  });

  it('1. the physician types and clicks (the page reports activity) or saves something; 2. each postpones the sign-out by the full 15 minutes', async () => {
    const physician = await signedIn(server.url, 'physician');
    const rosaId = await patientIdByName(physician, 'Rosa Delgado');
    clock.advanceMinutes(14);
    expect((await physician.post('/api/auth/activity')).status).toBe(204);
    clock.advanceMinutes(14);
    expect((await physician.post(`/api/patients/${rosaId}/plan/shared/print`)).status).toBe(204);
    clock.advanceMinutes(14);
    expect((await physician.get('/api/me')).status).toBe(200);
    clock.advanceMinutes(1);
    expect((await physician.get('/api/me')).status).toBe(401);
  });
});
