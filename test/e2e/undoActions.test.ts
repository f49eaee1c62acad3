import type { Task, TaskList } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { connectPlan, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { waitFor } from '../support/wait';
import { browserHarness, openPlanOf, signInAs } from './harness';

const titlesIn = (goals: Y.Map<Y.Map<unknown>>) => [...goals.values()].map((g) => g.get('title'));

describe.skipIf(!chromiumAvailable)('browser: destructive actions can be undone', () => {
  const harness = browserHarness();

  it('1. the coordinator removes a goal from the plan; 2. "Undo" puts it back with its text; 3. the server has it again (another client sees it)', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await openPlanOf(await signInAs(browser, server.url, 'coordinator'), 'Walter Kim');
    await page.getByRole('button', { name: "Add to The person's goals" }).click();
    const goal = `Walk to the mailbox every day ${Date.now()}`;
    await page.locator('#goals .plan-item-title').last().fill(goal);

    const api = await signedIn(server.url, 'coordinator');
    const walterId = await patientIdByName(api, 'Walter Kim');
    const watcher = connectPlan(server.url, api, walterId, 'shared');
    await whenSynced(watcher);
    const goals = watcher.doc.getMap<Y.Map<unknown>>('goals');
    await waitFor(() => titlesIn(goals).includes(goal), 'the goal to reach the server');

    await page.getByRole('button', { name: `Remove ${goal}` }).click();
    await page.locator(`#goals [value="${goal}"]`).waitFor({ state: 'detached' });
    await waitFor(() => !titlesIn(goals).includes(goal), 'the removal to reach the server');

    const toasts = page.getByRole('status', { name: 'Undo' });
    await toasts.getByText(`Removed “${goal}” from The person's goals.`, { exact: true }).waitFor();
    expect(await axeViolations(page, [toasts])).toEqual([]);
    // The offer stays while the keyboard is on it, however long that takes.
    const undo = toasts.getByRole('button', { name: /^Undo/ });
    await undo.focus();
    await undo.press('Enter');
    await toasts.getByText('Undone.').waitFor();
    await page.locator(`#goals [value="${goal}"]`).waitFor();
    await waitFor(() => titlesIn(goals).includes(goal), 'the restored goal to reach the server', 15_000);
    watcher.destroy();
  });

  it('1. the coordinator completes a task on her worklist; 2. it leaves the list; 3. "Undo" reopens it as it was', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const api = await signedIn(server.url, 'coordinator');
    const me = (await (await api.get('/api/me')).json()) as { id: string };
    const rosaId = await patientIdByName(api, 'Rosa Delgado');
    const title = `Confirm the ride to dialysis ${Date.now()}`;
    const task = (await (await api.post(`/api/patients/${rosaId}/tasks`, { title, ownerId: me.id, dueDate: '2026-12-31' })).json()) as Task;
    expect((await api.post(`/api/patients/${rosaId}/tasks/${task.id}/actions`, { action: 'start' })).status).toBe(200);

    const page = await signInAs(browser, server.url, 'coordinator');
    await page.getByRole('link', { name: 'Worklist' }).click();
    const table = page.getByRole('table', { name: 'My tasks' });
    const row = table.locator(`tr[data-task-id="${task.id}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: `Complete ${title}` }).click();
    await row.waitFor({ state: 'detached' });

    const toasts = page.getByRole('status', { name: 'Undo' });
    await toasts.getByText(`Task completed: ${title}.`, { exact: true }).waitFor();
    await toasts.getByRole('button', { name: /^Undo/ }).click();
    await toasts.getByText('Undone.').waitFor();
    await row.waitFor();
    expect(await row.textContent()).toContain('In progress');
    const tasks = ((await (await api.get('/api/tasks')).json()) as TaskList).tasks;
    expect(tasks.find((t) => t.id === task.id)?.status).toBe('in_progress');
  });
});
