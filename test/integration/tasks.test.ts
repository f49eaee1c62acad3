import type { Task, TaskList } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';

describe('one team task list', () => {
  let server: TestServer;
  const clients: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  let rosaId: string;
  const sockets: NotesClient[] = [];
  const tasksOf = async (who: string, path = '/api/tasks'): Promise<Task[]> => ((await (await clients[who]!.get(path)).json()) as TaskList).tasks;

  beforeAll(async () => {
    server = await startTestServer();
    for (const who of ['coordinator', 'physician', 'socialworker', 'behavioral', 'caregiver', 'chw', 'nurse']) {
      clients[who] = await signedIn(server.url, who);
      ids[who] = (await (await clients[who].get('/api/me')).json()).id;
    }
    rosaId = await patientIdByName(clients.coordinator!, 'Rosa Delgado');
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  it('requires sign-in and hides tasks from people off the team and from the family', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/tasks')).status).toBe(401);
    expect((await anonymous.get(`/api/patients/${rosaId}/tasks`)).status).toBe(401);
    const walterId = await patientIdByName(clients.coordinator!, 'Walter Kim');
    expect((await clients.socialworker!.get(`/api/patients/${walterId}/tasks`)).status).toBe(404);
    expect((await clients.caregiver!.get(`/api/patients/${rosaId}/tasks`)).status).toBe(404);
  });

  it('1. the coordinator adds a clinical task for the social worker; 2. it is on her list and in the plan; 3. she is told live; 4. a caregiver never sees it; 5. a family owner is refused', async () => {
    const socket = connectSocket(server.url, clients.socialworker!);
    sockets.push(socket);
    const assigned: string[] = [];
    socket.on('task:assigned', (e) => assigned.push(e.taskId));
    await whenConnected(socket);

    const created = await clients.coordinator!.post(`/api/patients/${rosaId}/tasks`, { title: 'Apply for home-delivered meals', ownerId: ids.socialworker, dueDate: '2026-12-10', priority: 'high' });
    expect(created.status).toBe(201);
    const task = (await created.json()) as Task;
    expect(task).toMatchObject({ ownerName: expect.stringContaining('Luis Romero'), status: 'open', priority: 'high', category: 'clinical', patientName: 'Rosa Delgado' });
    await waitFor(() => assigned.includes(task.id), 'the social worker to be told');
    expect((await tasksOf('socialworker')).map((t) => t.id)).toContain(task.id);

    const plan = connectPlan(server.url, clients.coordinator!, rosaId, 'clinical');
    await whenSynced(plan);
    const intervention = plan.doc.getMap('interventions').get(task.id) as Y.Map<unknown>;
    expect([intervention.get('title'), intervention.get('owner'), intervention.get('status')]).toEqual(['Apply for home-delivered meals', ids.socialworker, 'open']);
    plan.provider.destroy();

    expect((await clients.caregiver!.get('/api/tasks')).status).toBe(200);
    expect(await tasksOf('caregiver')).toEqual([]);
    const refused = await clients.coordinator!.post(`/api/patients/${rosaId}/tasks`, { title: 'Bring the pill box', ownerId: ids.caregiver, dueDate: '2026-12-10' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields[0]).toEqual({ path: 'ownerId', message: 'Choose someone on the care team who may see this task.' });
  });

  it('a behavioral-health task is seen only by those who may read that document', async () => {
    const created = await clients.behavioral!.post(`/api/patients/${rosaId}/tasks`, { title: 'Repeat the PHQ-9 in two weeks', ownerId: ids.behavioral, dueDate: '2026-12-12', category: 'behavioralHealth' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Task;
    expect((await tasksOf('behavioral', `/api/patients/${rosaId}/tasks`)).map((t) => t.id)).toContain(id);
    // Rosa shares behavioral health with her physician, not with the social worker or the community health worker.
    expect((await tasksOf('physician', `/api/patients/${rosaId}/tasks`)).map((t) => t.id)).toContain(id);
    expect((await tasksOf('socialworker', `/api/patients/${rosaId}/tasks`)).map((t) => t.id)).not.toContain(id);
    expect((await clients.socialworker!.post(`/api/patients/${rosaId}/tasks/${id}/actions`, { action: 'claim' })).status).toBe(404);
    // Nor can it be handed to someone outside the document's audience.
    const notShared = await clients.behavioral!.post(`/api/patients/${rosaId}/tasks/${id}/actions`, { action: 'reassign', ownerId: ids.socialworker, note: 'Please take this' });
    expect(notShared.status).toBe(400);
    expect((await notShared.json()).error.fields[0].path).toBe('ownerId');
  });

  it('1. the nurse claims a task; 2. hands it back to the social worker with a note, who is told live; 3. she completes it; 4. the plan shows it done', async () => {
    const created = (await (await clients.coordinator!.post(`/api/patients/${rosaId}/tasks`, { title: 'Call the home health agency', ownerId: ids.coordinator, dueDate: '2026-12-05' })).json()) as Task;
    const act = (who: string, body: unknown) => clients[who]!.post(`/api/patients/${rosaId}/tasks/${created.id}/actions`, body);
    expect((await act('socialworker', { action: 'complete' })).status).toBe(403);
    const claimed = await act('nurse', { action: 'claim' });
    expect(claimed.status).toBe(200);
    expect(((await claimed.json()) as Task).ownerName).toContain('Grace Miller');

    const socket = connectSocket(server.url, clients.socialworker!);
    sockets.push(socket);
    const assigned: string[] = [];
    socket.on('task:assigned', (e) => assigned.push(e.taskId));
    await whenConnected(socket);
    const noNote = await act('nurse', { action: 'reassign', ownerId: ids.socialworker, note: '' });
    expect(noNote.status).toBe(400);
    expect((await noNote.json()).error.fields[0]).toMatchObject({ path: 'body.note', message: 'Write a note for the new owner.' });
    expect((await act('nurse', { action: 'reassign', ownerId: ids.socialworker, note: 'They call back after 2 pm' })).status).toBe(200);
    await waitFor(() => assigned.includes(created.id), 'the new owner to be told');
    const mine = (await tasksOf('socialworker')).find((t) => t.id === created.id);
    expect(mine).toMatchObject({ ownerName: expect.stringContaining('Luis Romero'), handoffNote: 'They call back after 2 pm' });

    const done = await act('socialworker', { action: 'complete' });
    expect(((await done.json()) as Task).status).toBe('done');
    expect((await act('socialworker', { action: 'complete' })).status).toBe(200);
    expect((await tasksOf('socialworker')).map((t) => t.id)).not.toContain(created.id);
    const plan = connectPlan(server.url, clients.coordinator!, rosaId, 'clinical');
    await whenSynced(plan);
    const item = plan.doc.getMap('interventions').get(created.id) as Y.Map<unknown>;
    expect([item.get('owner'), item.get('status')]).toEqual([ids.socialworker, 'done']);
    plan.provider.destroy();
  });

  it('an intervention written in the plan with an owner and a due date becomes a task, and plan edits reach the task', async () => {
    const plan = connectPlan(server.url, clients.coordinator!, rosaId, 'clinical');
    await whenSynced(plan);
    const item = new Y.Map<unknown>();
    plan.doc.transact(() => {
      item.set('title', 'Order a shower chair');
      item.set('owner', ids.nurse);
      item.set('dueDate', '2026-12-20');
      item.set('status', 'open');
      plan.doc.getMap('interventions').set('plan-task-1', item);
    });
    await waitFor(async () => (await tasksOf('nurse')).some((t) => t.id === 'plan-task-1'), 'the intervention to become a task');
    expect((await tasksOf('nurse')).find((t) => t.id === 'plan-task-1')).toMatchObject({ source: 'plan_intervention', title: 'Order a shower chair', status: 'open' });
    item.set('status', 'in_progress');
    await waitFor(async () => (await tasksOf('nurse')).find((t) => t.id === 'plan-task-1')?.status === 'in_progress', 'the plan edit to reach the task');
    plan.provider.destroy();
  });
});
