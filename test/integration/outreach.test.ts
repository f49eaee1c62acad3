import type { Worklist, WorkItem } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

describe('outreach log and the unable-to-reach rule', () => {
  // 2026-11-20 at 15:00 UTC is the same calendar day in New York.
  const clock = new ManualClock(new Date('2026-11-20T15:00:00.000Z'));
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  const attempt = (attemptedOn: string, over: Record<string, unknown> = {}) => ({
    channel: 'phone', direction: 'outbound', reached: 'nobody', outcome: 'left_message', attemptedOn, note: 'Voicemail', purpose: 'follow_up', ...over,
  });
  beforeAll(async () => {
    server = await startTestServer({ clock });
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  it('requires sign-in; the family cannot read (404) or write (403) it, nor can people off the team', async () => {
    expect((await new ApiClient(server.url).get(`/api/patients/${rosaId}/outreach`)).status).toBe(401);
    const caregiver = await signedIn(server.url, 'caregiver');
    expect((await caregiver.get(`/api/patients/${rosaId}/outreach`)).status).toBe(404);
    expect((await caregiver.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-19'))).status).toBe(403);
    const amaraId = await patientIdByName(coordinator, 'Amara Okafor');
    const socialWorker = await signedIn(server.url, 'socialworker');
    expect((await socialWorker.get(`/api/patients/${amaraId}/outreach`)).status).toBe(404);
  });

  it('bad input gets field messages as sentences', async () => {
    const future = await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-25'));
    expect(future.status).toBe(400);
    expect((await future.json()).error.fields[0]).toEqual({ path: 'attemptedOn', message: 'The attempt date cannot be in the future.' });
    const reachedNobody = await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-19', { outcome: 'reached' }));
    expect(reachedNobody.status).toBe(400);
    expect((await reachedNobody.json()).error.fields[0].message).toBe('Choose who was reached.');
    const noTask = await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-19', { purpose: 'task', targetId: 'no-such-task' }));
    expect((await noTask.json()).error.fields[0]).toEqual({ path: 'targetId', message: 'Choose the task this attempt was for.' });
  });

  it('1. a discharge is recorded; 2. three unsuccessful calls on different days; 3. the follow-up reads "unable to reach", not overdue; 4. the team view flags Rosa as not reached in 30 days', async () => {
    const physician = await signedIn(server.url, 'physician');
    const { id } = await (await physician.post(`/api/patients/${rosaId}/tracking`, { kind: 'transition', setting: 'hospital', admittedOn: '2026-11-08', dischargedOn: '2026-11-10', facility: 'St. Mary Medical Center' })).json();
    const followUp = async (): Promise<WorkItem> => ((await (await coordinator.get('/api/worklist')).json()) as Worklist).items.find((i) => i.itemId === id && i.kind === 'follow_up')!;
    expect((await followUp()).status).toBe('overdue');

    expect((await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-11', { targetId: id }))).status).toBe(201);
    // Two attempts on the same day count once.
    expect((await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-13', { targetId: id, outcome: 'wrong_number' }))).status).toBe(201);
    expect((await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-13', { targetId: id, channel: 'text' }))).status).toBe(201);
    expect((await followUp()).status).toBe('overdue');
    // An attempt after the deadline does not count as "within the deadline".
    expect((await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-19', { targetId: id }))).status).toBe(201);
    expect((await followUp()).status).toBe('overdue');
    const third = await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-16', { targetId: id, channel: 'letter', outcome: 'unable_to_reach', nextAttemptOn: '2026-11-23' }));
    expect(third.status).toBe(201);
    expect((await third.json()).by.name).toBe('Maya Chen');

    const worklist = (await (await coordinator.get('/api/worklist')).json()) as Worklist;
    expect(worklist.items.find((i) => i.itemId === id && i.kind === 'follow_up')!.status).toBe('unable_to_reach');
    // The medication reconciliation of the same discharge is not about reaching anyone: still overdue.
    expect(worklist.items.find((i) => i.itemId === id && i.kind === 'medication_reconciliation')!.status).toBe('overdue');

    const log = await (await coordinator.get(`/api/patients/${rosaId}/outreach`)).json();
    expect(log.attempts.map((a: { attemptedOn: string }) => a.attemptedOn)).toEqual(['2026-11-19', '2026-11-16', '2026-11-13', '2026-11-13', '2026-11-11', '2026-10-06']);
    // The demo's last contact with her daughter was 45 days ago.
    expect(log).toMatchObject({ lastReachedOn: '2026-10-06', notReachedIn30Days: true });

    // Reaching her daughter clears the flag.
    expect((await coordinator.post(`/api/patients/${rosaId}/outreach`, attempt('2026-11-20', { reached: 'caregiver', outcome: 'reached', purpose: 'annual_review' }))).status).toBe(201);
    expect(await (await coordinator.get(`/api/patients/${rosaId}/outreach`)).json()).toMatchObject({ lastReachedOn: '2026-11-20', notReachedIn30Days: false });
  });

  it('the demo shows an unreachable member: James Whitfield\'s overdue screening reads "unable to reach" on his coordinator\'s worklist', async () => {
    const nurse = await signedIn(server.url, 'nurse');
    const list = (await (await nurse.get('/api/worklist')).json()) as Worklist;
    expect(list.items.find((i) => i.patientName === 'James Whitfield' && i.kind === 'screening')).toMatchObject({ status: 'unable_to_reach' });
    const jamesId = list.items.find((i) => i.patientName === 'James Whitfield')!.patientId;
    const log = await (await nurse.get(`/api/patients/${jamesId}/outreach`)).json();
    expect(log.attempts).toHaveLength(3);
    expect(log.notReachedIn30Days).toBe(true);
  });

  it('signing the plan closes the plan-review deadline and starts the next one from the risk level', async () => {
    const reviewOf = async () => ((await (await coordinator.get(`/api/patients/${rosaId}/tracking`)).json()) as { items: WorkItem[] }).items.find((i) => i.kind === 'plan_review')!;
    const before = await reviewOf();
    expect((await coordinator.post(`/api/patients/${rosaId}/plan/versions`, { title: 'Quarterly review' })).status).toBe(201);
    const after = await reviewOf();
    expect(after.dueDate).not.toBe(before.dueDate);
    // Rosa is High risk: the next review is due 90 days after today.
    expect(after).toMatchObject({ dueDate: '2027-02-18', status: 'upcoming', title: 'Plan review (High risk)' });
  });
});
