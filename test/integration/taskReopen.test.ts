import type { Task } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedInWithIds } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

describe('undoing "complete": a closed task is reopened', () => {
  let server: TestServer;
  let clients: Record<string, ApiClient> = {};
  let ids: Record<string, string> = {};
  let rosaId: string;

  beforeAll(async () => {
    server = await startTestServer();
    ({ clients, ids } = await signedInWithIds(server.url, ['coordinator', 'nurse', 'socialworker', 'caregiver']));
    rosaId = await patientIdByName(clients.coordinator!, 'Rosa Delgado');
  });
  afterAll(() => server.close());

  const newTask = async (title: string): Promise<Task> =>
    (await (await clients.coordinator!.post(`/api/patients/${rosaId}/tasks`, { title, ownerId: ids.nurse, dueDate: '2026-12-10' })).json()) as Task;
  const act = (who: string, taskId: string, body: unknown) => (who === 'anonymous' ? new ApiClient(server.url) : clients[who]!).post(`/api/patients/${rosaId}/tasks/${taskId}/actions`, body);

  it('requires sign-in; other patient\'s family and staff who may not work the task are refused', async () => {
    const task = await newTask('Book the eye exam');
    expect((await act('nurse', task.id, { action: 'complete' })).status).toBe(200);
    expect((await act('anonymous', task.id, { action: 'reopen' })).status).toBe(401);
    expect((await act('caregiver', task.id, { action: 'reopen' })).status).toBe(404);
    // Neither its owner nor the coordinator: the same rule as completing it.
    expect((await act('socialworker', task.id, { action: 'reopen' })).status).toBe(403);
    expect((await act('nurse', task.id, { action: 'reopen', status: 'done' })).status).toBe(400);
  });

  it('1. the nurse completes a task; 2. she undoes it: the task is back in progress on her list and in the plan; 3. it is audited; 4. a second undo changes nothing', async () => {
    const task = await newTask('Call the pharmacy about the refill');
    expect((await act('nurse', task.id, { action: 'start' })).status).toBe(200);
    expect(((await (await act('nurse', task.id, { action: 'complete' })).json()) as Task).status).toBe('done');
    const mine = async () => ((await (await clients.nurse!.get('/api/tasks')).json()) as { tasks: Task[] }).tasks.map((t) => t.id);
    expect(await mine()).not.toContain(task.id);

    const reopened = await act('nurse', task.id, { action: 'reopen', status: 'in_progress' });
    expect(reopened.status).toBe(200);
    expect(((await reopened.json()) as Task).status).toBe('in_progress');
    expect(await mine()).toContain(task.id);

    const plan = connectPlan(server.url, clients.coordinator!, rosaId, 'clinical');
    await whenSynced(plan);
    await waitFor(() => (plan.doc.getMap('interventions').get(task.id) as Y.Map<unknown> | undefined)?.get('status') === 'in_progress', 'the plan to show the task open again');
    plan.provider.destroy();

    const records = await server.services.store.audit.list({ userId: ids.nurse, patientId: rosaId, limit: 1000 });
    expect(records.filter((r) => r.type === 'task.reopen' && r.resourceId === task.id).map((r) => r.outcome)).toEqual(['success']);

    const again = await act('nurse', task.id, { action: 'reopen' });
    expect(((await again.json()) as Task).status).toBe('in_progress');
  });
});
