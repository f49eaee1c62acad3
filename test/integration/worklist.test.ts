import type { Worklist } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';

describe('coordination worklist', () => {
  // 2026-11-20 at 15:00 UTC is the same calendar day in New York.
  const clock = new ManualClock(new Date('2026-11-20T15:00:00.000Z'));
  let server: TestServer;
  let coordinator: ApiClient;
  let walterId: string;
  beforeAll(async () => {
    server = await startTestServer({ clock });
    coordinator = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
  });
  afterAll(() => server.close());
  /** Days pass; sessions idle that long have ended, so people sign in again. */
  const daysPass = async (days: number) => {
    clock.advanceMinutes(days * 24 * 60);
    coordinator = await signedIn(server.url, 'coordinator');
  };

  it('requires sign-in and denies other patients', async () => {
    expect((await new ApiClient(server.url).get('/api/worklist')).status).toBe(401);
    const chw = await signedIn(server.url, 'chw');
    expect((await chw.get(`/api/patients/${walterId}/tracking`)).status).toBe(404);
    expect((await chw.post(`/api/patients/${walterId}/tracking`, { kind: 'care_gap', description: 'Flu shot', dueDate: '2026-12-01' })).status).toBe(404);
  });

  it('1. the coordinator listens; 2. the physician records a discharge; 3. the 7-day follow-up and medication reconciliation appear live in the worklist; 4. completing them clears them', async () => {
    const socket = connectSocket(server.url, coordinator);
    const signals: string[] = [];
    socket.on('worklist:changed', (e) => signals.push(e.patientId));
    await whenConnected(socket);

    const physician = await signedIn(server.url, 'physician');
    const recorded = await physician.post(`/api/patients/${walterId}/tracking`, { kind: 'transition', setting: 'hospital', admittedOn: '2026-11-12', dischargedOn: '2026-11-15', facility: 'St. Mary Medical Center' });
    expect(recorded.status).toBe(201);
    const { id } = await recorded.json();
    await waitFor(() => signals.includes(walterId), 'the worklist signal');

    const list = (await (await coordinator.get('/api/worklist')).json()) as Worklist;
    const transition = list.items.filter((i) => i.itemId === id);
    expect(transition.map((i) => [i.kind, i.dueDate, i.status])).toEqual([
      ['follow_up', '2026-11-22', 'due_soon'], ['medication_reconciliation', '2026-11-22', 'due_soon'],
    ]);
    expect(transition[0]).toMatchObject({ patientName: 'Walter Kim', riskLevel: 'Moderate', link: `/patients/${walterId}#coordination` });

    await daysPass(3);
    const later = (await (await coordinator.get('/api/worklist?kind=follow_up')).json()) as Worklist;
    expect(later.items.filter((i) => i.itemId === id).map((i) => i.status)).toEqual(['overdue']);
    expect(later.items.every((i) => i.kind === 'follow_up')).toBe(true);
    expect(later.overdue).toBeGreaterThanOrEqual(2);

    expect((await coordinator.post(`/api/patients/${walterId}/tracking/${id}/progress`, { action: 'follow_up_done', on: '2026-11-23' })).status).toBe(204);
    expect((await coordinator.post(`/api/patients/${walterId}/tracking/${id}/progress`, { action: 'reconciliation_done', on: '2026-11-23' })).status).toBe(204);
    const cleared = (await (await coordinator.get('/api/worklist')).json()) as Worklist;
    expect(cleared.items.filter((i) => i.itemId === id)).toEqual([]);
    socket.disconnect();
  });

  it('refuses wrong dates with clear field messages and stores nothing', async () => {
    const before = (await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()).items.length;
    const backwards = await coordinator.post(`/api/patients/${walterId}/tracking`, { kind: 'transition', setting: 'emergency', admittedOn: '2026-11-20', dischargedOn: '2026-11-19', facility: 'ER' });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.fields).toEqual([{ path: 'dischargedOn', message: 'Discharge cannot be before admission.' }]);
    const future = await coordinator.post(`/api/patients/${walterId}/tracking`, { kind: 'plan_review', reviewedOn: '2099-01-01' });
    expect((await future.json()).error.fields[0].path).toBe('reviewedOn');
    const missing = await coordinator.post(`/api/patients/${walterId}/tracking`, { kind: 'referral', specialty: '' });
    expect(missing.status).toBe(400);
    expect((await (await coordinator.get(`/api/patients/${walterId}/tracking`)).json()).items.length).toBe(before);
  });

  it('tracks referrals forward only, with prior authorization, for their owner', async () => {
    const pharmacist = await signedIn(server.url, 'pharmacist');
    const me = (await (await pharmacist.get('/api/me')).json()).id;
    const res = await coordinator.post(`/api/patients/${walterId}/tracking`, { kind: 'referral', specialty: 'Cardiology', inNetwork: false, priorAuth: 'requested', ownerId: me });
    const { id } = await res.json();
    expect((await coordinator.post(`/api/patients/${walterId}/tracking/${id}/progress`, { action: 'referral_step', step: 'sent', on: '2026-11-23' })).status).toBe(204);
    const back = await coordinator.post(`/api/patients/${walterId}/tracking/${id}/progress`, { action: 'referral_step', step: 'sent', on: '2026-11-23' });
    expect((await back.json()).error.fields[0].path).toBe('step');
    await daysPass(20);
    const owned = (await (await (await signedIn(server.url, 'pharmacist')).get('/api/worklist')).json()) as Worklist;
    expect(owned.items.filter((i) => i.itemId === id).map((i) => i.kind).sort()).toEqual(['prior_authorization', 'referral']);
    const caregiver = await signedIn(server.url, 'caregiver');
    const rosaId = await patientIdByName(caregiver, 'Rosa Delgado');
    expect((await caregiver.post(`/api/patients/${rosaId}/tracking`, { kind: 'care_gap', description: 'x', dueDate: '2026-12-01' })).status).toBe(403);
  });
});
