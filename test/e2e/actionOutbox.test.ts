import type { Task, WorkItem } from '@carehuddle/shared';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { waitFor } from '../support/wait';
import { browserHarness, openPatient, outboxEntryCount, signInAs } from './harness';

/** What reaches the server of the task actions the page sends: nothing, the request but not its answer, or everything. */
type ActionsLink = 'down' | 'answer lost' | 'up';

describe.skipIf(!chromiumAvailable)('browser: task actions wait in the outbox', () => {
  const harness = browserHarness();

  it('1. offline, the nurse completes a task on her worklist; 2. signing out asks first; 3. back online it reaches the server but the answer is lost; 4. after a reload it still waits; 5. sent again, the task is completed exactly once', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signedIn(server.url, 'coordinator');
    const nurseApi = await signedIn(server.url, 'nurse');
    const nurseId = ((await (await nurseApi.get('/api/me')).json()) as { id: string }).id;
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const title = `Call the pharmacy about the refill ${Date.now()}`;
    const task = (await (await coordinator.post(`/api/patients/${rosaId}/tasks`, { title, ownerId: nurseId, dueDate: '2026-12-10' })).json()) as Task;
    const taskNow = async () => ((await (await nurseApi.get(`/api/patients/${rosaId}/tasks`)).json()) as { tasks: Task[] }).tasks.find((t) => t.id === task.id);

    const page = await signInAs(browser, server.url, 'nurse');
    const context = page.context();
    let link: ActionsLink = 'up';
    await context.route(/\/tasks\/[^/]+\/actions$/, async (route: Route) => {
      if (link === 'down') return route.abort('internetdisconnected');
      if (link === 'up') return route.continue();
      // The request reaches the server; its answer never comes back.
      await route.fetch();
      return route.abort('connectionreset');
    });
    await page.getByRole('link', { name: 'Worklist' }).click();
    const myTasks = page.getByRole('table', { name: 'My tasks' });
    const row = myTasks.locator('tr', { hasText: title });
    await row.waitFor();

    // 1. Offline: the action is kept on this device.
    link = 'down';
    await context.setOffline(true);
    await row.getByRole('button', { name: `Complete ${title}` }).click();
    await row.getByText('Not sent yet. It is kept on this device and sent when the connection is back.').waitFor();
    expect(await row.getByRole('button', { name: `Complete ${title}` }).count()).toBe(0);

    // 2. Signing out asks, counting the action; she stays.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Not sent yet' });
    await ask.getByText('1 action (a task or a tracking step) is not sent yet.').waitFor();
    await ask.getByRole('button', { name: 'Stay signed in' }).click();
    await ask.waitFor({ state: 'detached' });

    // 3. Online again: the outbox sends it; the server completes the task, but the answer is lost.
    link = 'answer lost';
    await context.setOffline(false);
    await waitFor(async () => (await taskNow())?.status === 'done', 'the server to have the task completed', 20_000);
    // The completed task leaves her open tasks; the unsent action is listed at the top of the page instead.
    const unsent = page.locator('.pending-note', { hasText: `Complete: ${title}` });
    await unsent.getByText('Not sent yet. It is kept on this device').waitFor();

    // 4. A reload: the page has no answer yet, so the action is still in the outbox (sent again, and again cut off).
    link = 'down';
    await page.reload();
    await page.getByRole('region', { name: 'Not sent yet' }).locator('.pending-note', { hasText: `Complete: ${title}` }).getByText('Not sent yet.').waitFor();

    // 5. The connection is back: the resend (same key) is answered with the first result, and the outbox is empty.
    link = 'up';
    await context.setOffline(true);
    await context.setOffline(false);
    await unsent.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await myTasks.locator('tr', { hasText: title }).count()).toBe(0);
    const audit = await server.services.store.audit.list({ userId: nurseId, patientId: rosaId, limit: 1000 });
    const completions = audit.filter((r) => r.resourceId === task.id && r.outcome === 'success').map((r) => r.type);
    expect(completions.filter((t) => t === 'task.complete')).toHaveLength(1);
    expect(completions).toContain('task.complete.replay');
    expect((await taskNow())?.status).toBe('done');
    expect(await outboxEntryCount(page)).toBe(0);
    await context.close();
  }, 120_000);

  it('1. offline, the coordinator records "follow-up done" on the patient page; 2. it waits beside its deadline; 3. back online it is recorded once', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const api = await signedIn(server.url, 'coordinator');
    const coordinatorId = ((await (await api.get('/api/me')).json()) as { id: string }).id;
    const walterId = await patientIdByName(api, 'Walter Kim');
    const followUp = async () => ((await (await api.get(`/api/patients/${walterId}/tracking`)).json()) as { items: WorkItem[] }).items.find((w) => w.kind === 'follow_up');

    const page = await signInAs(browser, server.url, 'coordinator');
    await openPatient(page, 'Walter Kim', 'Coordination');
    const row = page.getByRole('region', { name: 'Coordination' }).locator('tr', { hasText: 'Follow-up after discharge from St. Mary' });
    const done = row.getByRole('button', { name: /^Follow-up done/ });
    await done.waitFor();

    // 1–2. Offline: the step is kept and shown beside its deadline, its button gone.
    await page.context().setOffline(true);
    await done.click();
    await row.getByText('Not sent yet. It is kept on this device').waitFor();
    expect(await done.count()).toBe(0);
    expect((await followUp())?.status).not.toBe('done');

    // 3. Online: sent by itself; the deadline reads done, recorded once.
    await page.context().setOffline(false);
    await row.getByText('done', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await row.locator('.pending-note').count()).toBe(0);
    expect((await followUp())?.status).toBe('done');
    const audit = await server.services.store.audit.list({ userId: coordinatorId, patientId: walterId, limit: 1000 });
    expect(audit.filter((r) => r.type === 'tracking.follow_up_done')).toHaveLength(1);
    await page.context().close();
  }, 120_000);
});
