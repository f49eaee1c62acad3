import type { Notification, NotificationList } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, key, socketPool } from '../support/socket';
import { waitFor } from '../support/wait';

describe('the notification center', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let caregiver: ApiClient;
  let rosaId: string;
  const ids: Record<string, string> = {};
  const sockets = socketPool(() => server.url);
  const list = async (client: ApiClient): Promise<NotificationList> => (await client.get('/api/notifications')).json() as Promise<NotificationList>;
  const find = async (client: ApiClient, match: (n: Notification) => boolean): Promise<Notification | undefined> => (await list(client)).notifications.find(match);

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    caregiver = await signedIn(server.url, 'caregiver');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    for (const [name, client] of [['coordinator', coordinator], ['physician', physician], ['caregiver', caregiver]] as const) {
      ids[name] = ((await (await client.get('/api/me')).json()) as { id: string }).id;
    }
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('requires sign-in', async () => {
    expect((await new ApiClient(server.url).get('/api/notifications')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/notifications/read-all')).status).toBe(401);
  });

  it('1. the coordinator mentions the physician; 2. the physician\'s devices hear of it live; 3. the center says who, which patient, and links to the thread; 4. read one, read all', async () => {
    const physicianSocket = await sockets.open(physician, rosaId);
    let signals = 0;
    physicianSocket.on('notifications:changed', () => { signals += 1; });
    const author = await sockets.open(coordinator, rosaId);
    const created = await ask(author, 'note:create', { patientId: rosaId, body: 'Please review the evening dose', mentions: [ids.physician], idempotencyKey: key() });
    const threadId = (created.thread as { id: string }).id;

    await waitFor(() => signals > 0, 'the physician to be told live');
    const mention = await find(physician, (n) => n.kind === 'mention' && n.link.includes(threadId));
    expect(mention).toMatchObject({
      sentence: 'Maya Chen mentioned you in a huddle note.', patient: { id: rosaId, name: 'Rosa Delgado' }, by: { id: ids.coordinator, name: 'Maya Chen' },
      link: `/patients/${rosaId}/plan?thread=${threadId}`, readAt: null,
    });
    // The author is not notified of their own note.
    expect(await find(coordinator, (n) => n.link.includes(threadId))).toBeUndefined();

    const unreadBefore = (await list(physician)).unread;
    expect((await physician.post(`/api/notifications/${mention!.id}/read`)).status).toBe(204);
    expect((await list(physician)).unread).toBe(unreadBefore - 1);
    // Someone else's notification does not exist for the coordinator.
    expect((await coordinator.post(`/api/notifications/${mention!.id}/read`)).status).toBe(404);
    expect((await physician.post('/api/notifications/read-all')).status).toBe(204);
    expect((await list(physician)).unread).toBe(0);
  });

  it('1. the coordinator hands a task to the physician; 2. the physician is told who assigned it, linking to the worklist', async () => {
    const res = await coordinator.post(`/api/patients/${rosaId}/tasks`, { title: 'Call the pharmacy about refills', ownerId: ids.physician, dueDate: '2026-12-30' });
    expect(res.status).toBe(201);
    await waitFor(async () => (await find(physician, (n) => n.kind === 'task_assigned')) !== undefined, 'the hand-off notification');
    expect(await find(physician, (n) => n.kind === 'task_assigned')).toMatchObject({
      sentence: 'Maya Chen assigned a task to you.', patient: { id: rosaId, name: 'Rosa Delgado' }, link: '/worklist',
    });
  });

  it('1. Rosa\'s daughter writes in a family thread; 2. the coordinator gets a family message; the family side never sees staff notifications', async () => {
    const family = await sockets.open(caregiver, rosaId);
    const created = await ask(family, 'note:create', { patientId: rosaId, body: 'Mom slept badly this week', mentions: [], visibility: 'family', idempotencyKey: key() });
    expect(created.error).toBeUndefined();
    const threadId = (created.thread as { id: string }).id;
    await waitFor(async () => (await find(coordinator, (n) => n.kind === 'family_message' && n.link.includes(threadId))) !== undefined, 'the family message');
    expect(await find(coordinator, (n) => n.kind === 'family_message')).toMatchObject({
      sentence: 'Elena Delgado, a family member, wrote a message.', by: { id: ids.caregiver, name: 'Elena Delgado' }, patient: { id: rosaId, name: 'Rosa Delgado' },
    });
    // Only coordinators are told of family messages.
    expect(await find(physician, (n) => n.kind === 'family_message')).toBeUndefined();
  });

  it('other patient → denied: 1. the physician is mentioned; 2. taken off Rosa\'s team; 3. the notification (and Rosa\'s name) is no longer listed to them', async () => {
    const author = await sockets.open(coordinator, rosaId);
    const created = await ask(author, 'note:create', { patientId: rosaId, body: 'One more question', mentions: [ids.physician], idempotencyKey: key() });
    const threadId = (created.thread as { id: string }).id;
    await waitFor(async () => (await find(physician, (n) => n.link.includes(threadId))) !== undefined, 'the mention');
    expect((await coordinator.delete(`/api/patients/${rosaId}/care-team/${ids.physician}`)).status).toBe(204);
    const after = await list(physician);
    expect(after.notifications.filter((n) => n.patient?.id === rosaId)).toEqual([]);
    expect(JSON.stringify(after)).not.toContain('Rosa Delgado');
  });

  it('the listing is audited for every patient it names', async () => {
    let before = 0;
    for await (const r of server.services.store.audit.iterateAll()) before = r.seq;
    const shown = await list(coordinator);
    expect(shown.notifications.some((n) => n.patient?.id === rosaId)).toBe(true);
    const records = await server.services.store.audit.list({ afterSeq: before, userId: ids.coordinator, limit: 1000 });
    expect(records).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'notification.list', patientId: rosaId })]));
  });
});
