import type { ApiError, Task } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayFor } from '../../server/src/domain/patients/patientAccess';
import { ApiClient, patientIdByName, signedIn, signedInWithIds } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

/** Task actions and tracking steps sent again with the same Idempotency-Key (the browser's outbox after a timeout, a reload, a second tab). */
describe('a resent action is stored once', () => {
  let server: TestServer;
  let clients: Record<string, ApiClient> = {};
  let ids: Record<string, string> = {};
  let rosaId: string;

  beforeAll(async () => {
    server = await startTestServer();
    ({ clients, ids } = await signedInWithIds(server.url, ['coordinator', 'nurse', 'caregiver']));
    rosaId = await patientIdByName(clients.coordinator!, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  const newTask = async (title: string): Promise<Task> =>
    (await (await clients.coordinator!.post(`/api/patients/${rosaId}/tasks`, { title, ownerId: ids.nurse, dueDate: '2026-12-10' })).json()) as Task;
  const act = (client: ApiClient, taskId: string, body: unknown, key: string) =>
    client.request('POST', `/api/patients/${rosaId}/tasks/${taskId}/actions`, body, { 'Idempotency-Key': key });
  const auditTypes = async (userId: string, resourceId: string) =>
    (await server.services.store.audit.list({ userId, patientId: rosaId, limit: 1000 })).filter((r) => r.resourceId === resourceId && r.outcome === 'success').map((r) => r.type);
  const newKey = () => crypto.randomUUID().replaceAll('-', '');

  it('requires sign-in; other patient\'s family is refused even with a key the nurse used', async () => {
    const task = await newTask('Book the podiatry visit');
    const key = newKey();
    expect((await act(clients.nurse!, task.id, { action: 'start' }, key)).status).toBe(200);
    expect((await act(new ApiClient(server.url), task.id, { action: 'start' }, key)).status).toBe(401);
    expect((await act(clients.caregiver!, task.id, { action: 'start' }, key)).status).toBe(404);
  });

  it('1. the nurse completes a task; 2. the outbox resends it after a timeout: same answer, nothing done twice; 3. a later reopen is not undone by a late replay', async () => {
    const task = await newTask('Call the pharmacy about the refill');
    const key = newKey();
    const first = await act(clients.nurse!, task.id, { action: 'complete' }, key);
    expect(first.status).toBe(200);
    const firstTask = (await first.json()) as Task;
    expect(firstTask.status).toBe('done');

    const again = await act(clients.nurse!, task.id, { action: 'complete' }, key);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(firstTask);
    expect(await auditTypes(ids.nurse!, task.id)).toEqual(['task.complete', 'task.complete.replay']);

    // 3. She reopens it; the old "complete" arriving late answers as before and leaves the task open.
    expect((await act(clients.nurse!, task.id, { action: 'reopen', status: 'open' }, newKey())).status).toBe(200);
    expect(((await (await act(clients.nurse!, task.id, { action: 'complete' }, key)).json()) as Task).status).toBe('done');
    const now = ((await (await clients.nurse!.get(`/api/patients/${rosaId}/tasks`)).json()) as { tasks: Task[] }).tasks.find((t) => t.id === task.id);
    expect(now?.status).toBe('open');
  });

  it('1. two tabs of the nurse send the same action at once; 2. one completes it, the other is answered with the same result', async () => {
    const task = await newTask('Fax the discharge summary');
    const secondTab = await signedIn(server.url, 'nurse');
    const key = newKey();
    const answers = await Promise.all([act(clients.nurse!, task.id, { action: 'complete' }, key), act(secondTab, task.id, { action: 'complete' }, key)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const [a, b] = (await Promise.all(answers.map((r) => r.json()))) as Task[];
    expect(a).toEqual(b);
    expect((await auditTypes(ids.nurse!, task.id)).sort()).toEqual(['task.complete', 'task.complete.replay']);
  });

  it('a key reused for a different action is refused with a sentence, and nothing is done; keys are per person', async () => {
    const task = await newTask('Order the walker');
    const key = newKey();
    expect((await act(clients.nurse!, task.id, { action: 'start' }, key)).status).toBe(200);
    const reused = await act(clients.nurse!, task.id, { action: 'complete' }, key);
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as ApiError).error.message).toBe('This was sent before as a different action, so it was not done. Discard it and do it again.');
    expect(await auditTypes(ids.nurse!, task.id)).toEqual(['task.start']);
    // The coordinator's outbox made the same key by chance: her action is her own, not the nurse's replay.
    const hers = await act(clients.coordinator!, task.id, { action: 'complete' }, key);
    expect(((await hers.json()) as Task).status).toBe('done');
  });

  it('a malformed key is a 400 that names the header in a sentence', async () => {
    const task = await newTask('Check the scale delivery');
    const res = await act(clients.nurse!, task.id, { action: 'start' }, 'short');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiError).error.fields).toEqual([{ path: 'headers.Idempotency-Key', message: 'The idempotency key must be 8 to 64 letters, digits, _ or -.' }]);
  });

  it('1. the coordinator records a discharge; 2. "follow-up done" sent twice, from two tabs, is one step; 3. the same key with another date is refused', async () => {
    const today = todayFor(server.services);
    const recorded = await clients.coordinator!.post(`/api/patients/${rosaId}/tracking`, { kind: 'transition', category: 'clinical', setting: 'hospital', facility: 'Lakeside General', admittedOn: today, dischargedOn: today });
    const { id } = (await recorded.json()) as { id: string };
    const secondTab = await signedIn(server.url, 'coordinator');
    const key = newKey();
    const step = (client: ApiClient, body: unknown) => client.request('POST', `/api/patients/${rosaId}/tracking/${id}/progress`, body, { 'Idempotency-Key': key });
    const answers = await Promise.all([step(clients.coordinator!, { action: 'follow_up_done', on: today }), step(secondTab, { action: 'follow_up_done', on: today })]);
    expect(answers.map((a) => a.status)).toEqual([204, 204]);
    expect((await auditTypes(ids.coordinator!, id)).filter((t) => t.startsWith('tracking.follow_up_done')).sort()).toEqual(['tracking.follow_up_done', 'tracking.follow_up_done.replay']);

    const other = await step(clients.coordinator!, { action: 'reconciliation_done', on: today });
    expect(other.status).toBe(409);
    expect(((await other.json()) as ApiError).error.message).toContain('Discard it and do it again.');
    expect(await auditTypes(ids.coordinator!, id)).not.toContain('tracking.reconciliation_done');
  });
});
