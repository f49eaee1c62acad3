import type { PatientOverview, Today, Worklist } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, key, whenConnected } from '../support/socket';

describe('the start page and "My patients" with status', () => {
  // 15:00 UTC is 10:00 in New York: the same calendar day, 2026-11-20.
  const clock = new ManualClock(new Date('2026-11-20T15:00:00.000Z'));
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let rosaId: string;
  let walterId: string;
  const ids: Record<string, string> = {};
  const json = async <T>(client: ApiClient, path: string): Promise<T> => {
    const res = await client.get(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    server = await startTestServer({ clock });
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    for (const [who, client] of [['coordinator', coordinator], ['physician', physician]] as const) ids[who] = (await json<{ id: string }>(client, '/api/me')).id;
  });
  afterAll(() => server.close());

  it('requires sign-in, and the family side is refused (coordination data is the team\'s)', async () => {
    for (const path of ['/api/today', '/api/patient-overview']) {
      expect((await new ApiClient(server.url).get(path)).status).toBe(401);
      const caregiver = await signedIn(server.url, 'caregiver');
      expect((await caregiver.get(path)).status).toBe(403);
    }
  });

  it('the physician\'s worklist and patient list agree: James Whitfield\'s overdue screening is on both (it once read "Nothing due")', async () => {
    const overview = await json<PatientOverview>(physician, '/api/patient-overview');
    const james = overview.patients.find((p) => p.name === 'James Whitfield')!;
    // The physician does not coordinate James: his coordinator is the nurse.
    expect(james).toMatchObject({ myRole: 'physician', coordinator: { name: 'Grace Miller, RN' } });
    const worklist = await json<Worklist>(physician, '/api/worklist');
    const screening = worklist.items.find((i) => i.patientId === james.id && i.kind === 'screening');
    expect(screening?.status).toBeDefined();
    expect(james.screening).toBe(screening!.status);
    // Every count agrees: the list's overdue column, the worklist's badge and the start page.
    const today = await json<Today>(physician, '/api/today');
    const listed = overview.patients.reduce((sum, p) => sum + p.overdue, 0);
    expect(worklist.overdue).toBe(listed);
    expect(today.counts.overdue).toBe(listed);
    expect(today.caseload).toEqual([]);
  });

  it('1. a discharge ten days ago is overdue; 2. the coordinator\'s start page lists it with the worklist\'s count; 3. her caseload is every patient she coordinates, worst first', async () => {
    const recorded = await coordinator.post(`/api/patients/${walterId}/tracking`, { kind: 'transition', setting: 'hospital', admittedOn: '2026-11-05', dischargedOn: '2026-11-10', facility: 'Harborview' });
    expect(recorded.status).toBe(201);
    const today = await json<Today>(coordinator, '/api/today');
    const worklist = await json<Worklist>(coordinator, '/api/worklist');
    expect(today.today).toBe('2026-11-20');
    expect(today.counts.overdue).toBe(worklist.overdue);
    expect(today.deadlines.filter((d) => d.title.includes('Harborview')).map((d) => [d.kind, d.status])).toEqual([['follow_up', 'overdue'], ['medication_reconciliation', 'overdue']]);
    expect(today.deadlines.every((d) => d.status === 'overdue' || d.status === 'due')).toBe(true);
    expect(today.caseload.map((r) => r.name).sort()).toEqual(['Amara Okafor', 'Rosa Delgado', 'Walter Kim']);
    expect(today.caseload[0]!.overdue).toBeGreaterThanOrEqual(today.caseload.at(-1)!.overdue);
    const walter = today.caseload.find((r) => r.id === walterId)!;
    expect(walter.overdue).toBe(worklist.items.filter((i) => i.patientId === walterId && i.status === 'overdue').length);
  });

  it('1. a task due today is on the start page; 2. completing it takes it off', async () => {
    const created = await coordinator.post(`/api/patients/${rosaId}/tasks`, { title: 'Call Rosa about her scale', ownerId: ids.coordinator, dueDate: '2026-11-20' });
    expect(created.status).toBe(201);
    const task = (await created.json()) as { id: string };
    const later = await coordinator.post(`/api/patients/${rosaId}/tasks`, { title: 'Plan next month', ownerId: ids.coordinator, dueDate: '2026-12-20' });
    expect(later.status).toBe(201);
    const before = await json<Today>(coordinator, '/api/today');
    expect(before.tasks.map((t) => t.title)).toContain('Call Rosa about her scale');
    expect(before.tasks.map((t) => t.title)).not.toContain('Plan next month');
    expect((await coordinator.post(`/api/patients/${rosaId}/tasks/${task.id}/actions`, { action: 'complete' })).status).toBe(200);
    expect((await json<Today>(coordinator, '/api/today')).tasks.map((t) => t.id)).not.toContain(task.id);
  });

  it('1. the coordinator mentions the physician in a note on Rosa; 2. the physician\'s start page counts the mention; 3. once read it is gone', async () => {
    const before = await json<Today>(physician, '/api/today');
    const author = connectSocket(server.url, coordinator);
    const reader = connectSocket(server.url, physician);
    try {
      await Promise.all([whenConnected(author), whenConnected(reader)]);
      const answer = await ask(author, 'note:create', { patientId: rosaId, body: 'Can you look at her potassium?', mentions: [ids.physician], idempotencyKey: key() });
      const threadId = (answer.thread as { id: string }).id;
      const after = await json<Today>(physician, '/api/today');
      expect(after.counts.mentions).toBe(before.counts.mentions + 1);
      expect(after.threads[0]).toMatchObject({ threadId, patientId: rosaId, patientName: 'Rosa Delgado', lastAuthorName: 'Maya Chen', mentionsMe: true });
      // The author's own note does not count as unread for her.
      expect((await json<Today>(coordinator, '/api/today')).threads.map((t) => t.threadId)).not.toContain(threadId);
      expect((await ask(reader, 'thread:markRead', { patientId: rosaId, threadId })).error).toBeUndefined();
      const read = await json<Today>(physician, '/api/today');
      expect(read.threads.map((t) => t.threadId)).not.toContain(threadId);
      expect(read.counts.mentions).toBe(before.counts.mentions);
    } finally {
      author.disconnect();
      reader.disconnect();
    }
  });

  it('lists today\'s conferences (organization time zone), not tomorrow\'s', async () => {
    const schedule = (title: string, scheduledFor: string) => coordinator.post('/api/conferences', { title, scheduledFor, agenda: [{ patientId: rosaId, topic: 'Review' }], inviteeIds: [ids.physician] });
    // 03:00 UTC on the 21st is still the 20th in New York; 06:00 UTC is the 21st.
    expect((await schedule('Evening huddle', '2026-11-21T03:00:00.000Z')).status).toBe(201);
    expect((await schedule('Tomorrow huddle', '2026-11-21T16:00:00.000Z')).status).toBe(201);
    const titles = (await json<Today>(physician, '/api/today')).conferences.map((c) => c.title);
    expect(titles).toContain('Evening huddle');
    expect(titles).not.toContain('Tomorrow huddle');
  });

  it('every patient the start page shows leaves a today.read record for the reader', async () => {
    const today = await json<Today>(coordinator, '/api/today');
    const shown = new Set([...today.deadlines.map((d) => d.patientId), ...today.caseload.map((r) => r.id)]);
    const records = await server.services.store.audit.list({ userId: ids.coordinator!, limit: 10_000 });
    for (const patientId of shown) expect(records.some((r) => r.type === 'today.read' && r.patientId === patientId)).toBe(true);
  });
});
