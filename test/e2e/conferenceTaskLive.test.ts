import { addDays } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { ask, connectSocket, whenConnected } from '../support/socket';
import { axeViolations } from '../support/axe';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: a conference action item is a task on its owner\'s worklist', () => {
  const harness = browserHarness();

  it('1. the social worker has her worklist open; 2. the conference assigns her an action item; 3. it appears live; 4. she completes it there; 5. the summary shows it done', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await signInAs(browser, server.url, 'socialworker');
    await page.getByRole('link', { name: 'Worklist' }).click();
    const tasks = page.getByRole('region', { name: 'My tasks' });
    await tasks.locator('tbody tr', { hasText: 'Apply for home-delivered meals' }).waitFor();

    // 2. The coordinator runs a conference about Rosa and records an action item for the social worker.
    const coordinator = await signedIn(server.url, 'coordinator');
    const socialWorkerId = (await (await (await signedIn(server.url, 'socialworker')).get('/api/me')).json()).id as string;
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const conference = await (await coordinator.post('/api/conferences', {
      title: 'Thursday huddle', scheduledFor: new Date().toISOString(), agenda: [{ patientId: rosaId, topic: 'Housing' }], inviteeIds: [socialWorkerId],
    })).json();
    const socket = connectSocket(server.url, coordinator);
    await whenConnected(socket);
    expect((await ask(socket, 'conference:join', { conferenceId: conference.id })).ok).toBe(true);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
    const recorded = await ask(socket, 'conference:actionItem', {
      conferenceId: conference.id, agendaItemId: conference.agenda[0].id, title: 'Call the housing authority', ownerId: socialWorkerId, dueDate: addDays(today, 3),
    });
    socket.disconnect();
    expect(recorded.ok).toBe(true);

    // 3. Live, without a reload: the task and the notice that it was handed to her.
    const row = tasks.getByRole('row').filter({ hasText: 'Call the housing authority' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Conference: Thursday huddle');
    await tasks.getByRole('status').filter({ hasText: 'A task was handed to you' }).waitFor();
    await page.screenshot({ path: 'test-results/conference-task-worklist.png', fullPage: true });

    // 4. She completes it from the worklist; it leaves her open tasks.
    await row.getByRole('button', { name: 'Complete Call the housing authority' }).click();
    await row.waitFor({ state: 'detached' });

    // 5. The conference summary shows the action item's task as done.
    await page.goto(`${server.url}/conferences/${conference.id}/summary`);
    const item = page.getByRole('listitem').filter({ hasText: 'Call the housing authority' });
    await item.getByText('Task: Done').waitFor();
  });

  it('the worklist\'s tasks fit a 390 px phone', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await signInAs(browser, server.url, 'coordinator', { width: 390, height: 844 });
    await page.getByRole('link', { name: 'Worklist' }).click();
    await page.getByRole('region', { name: 'My tasks' }).locator('tbody tr', { hasText: 'Send the orthopedics referral packet' }).waitFor();
    await page.screenshot({ path: 'test-results/tasks-390.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the patient page\'s tasks and outreach log are accessible, and the outreach form answers with sentences beside its fields', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await signInAs(browser, server.url, 'coordinator');
    await openPatient(page, 'Rosa Delgado', 'Coordination');
    const outreach = page.getByRole('region', { name: 'Outreach' });
    await outreach.getByText('Not reached in 30 days', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Tasks' }).locator('tbody tr', { hasText: 'Teach-back on daily weights' }).waitFor();
    await outreach.getByRole('button', { name: 'Save attempt' }).click();
    await outreach.getByText('Choose how you tried to reach them.').waitFor();
    await page.screenshot({ path: 'test-results/patient-outreach.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await outreach.getByLabel('Channel').selectOption('phone');
    await outreach.getByLabel('Who was reached').selectOption('member');
    await outreach.getByLabel('Outcome').selectOption('reached');
    await outreach.getByLabel('For').selectOption('annual_review');
    await outreach.getByLabel('Note').fill('Confirmed the review date');
    await outreach.getByRole('button', { name: 'Save attempt' }).click();
    await outreach.getByRole('row').filter({ hasText: 'Confirmed the review date' }).waitFor();
    await outreach.getByText('Last reached on', { exact: false }).waitFor();
  });
});
