import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { signedIn } from '../support/http';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';
import { browserHarness, signInAs } from './harness';

/** The organization's calendar day, `days` from today (the server reckons in America/New_York). */
const orgDay = (days = 0): string => {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(at);
};

/** The number in the start page's "N overdue deadline(s)". */
async function overdueOnToday(page: Page): Promise<number> {
  const text = await page.getByRole('list', { name: 'At a glance' }).getByText(/overdue deadlines?$/).textContent();
  return Number(text?.match(/^(\d+)/)?.[1]);
}

/** A navigation link's badge (0 when it shows none). */
async function navBadge(page: Page, link: RegExp): Promise<number> {
  const badge = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).locator('.nav-badge');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}
const overdueInNav = (page: Page) => navBadge(page, /^Worklist/);

describe.skipIf(!chromiumAvailable)('browser: the Today start page', () => {
  const harness = browserHarness();

  it('1. a discharge ten days ago and a task due today exist; 2. the coordinator lands on Today: the overdue count agrees with the worklist; 3. she completes the task in its row', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const api = await signedIn(server.url, 'coordinator');
    const me = ((await (await api.get('/api/me')).json()) as { id: string }).id;
    const { patients } = (await (await api.get('/api/patients')).json()) as { patients: Array<{ id: string; name: string }> };
    const walter = patients.find((p) => p.name === 'Walter Kim')!.id;
    expect((await api.post(`/api/patients/${walter}/tracking`, { kind: 'transition', setting: 'hospital', admittedOn: orgDay(-14), dischargedOn: orgDay(-10), facility: 'Harborview' })).status).toBe(201);
    expect((await api.post(`/api/patients/${walter}/tasks`, { title: 'Call Walter about his scale', ownerId: me, dueDate: orgDay() })).status).toBe(201);

    const page = await signInAs(browser, server.url, 'coordinator');
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    const due = page.getByRole('region', { name: 'Overdue and due today' });
    const followUp = due.getByRole('listitem').filter({ hasText: 'Follow-up after discharge from Harborview' });
    expect(await followUp.textContent()).toContain('3 days overdue');
    expect(await followUp.textContent()).toContain('Walter Kim');
    await waitFor(async () => (await overdueInNav(page)) > 0, 'the worklist badge');
    expect(await overdueOnToday(page)).toBe(await overdueInNav(page));
    // Her caseload: the three patients she coordinates.
    const caseload = page.getByRole('table', { name: 'My caseload' });
    expect(await caseload.locator('tbody tr').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/today-coordinator.png', fullPage: true });

    // 3. The action is in the row: completing the task takes it off the page.
    const task = due.getByRole('listitem').filter({ hasText: 'Call Walter about his scale' });
    await task.getByRole('button', { name: 'Complete Call Walter about his scale' }).click();
    await task.waitFor({ state: 'detached' });

    // The worklist lists exactly as many overdue deadlines as Today counts.
    const counted = await overdueOnToday(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Worklist/ }).click();
    const table = page.getByRole('table', { name: 'My worklist' });
    await table.getByText('Follow-up after discharge from Harborview').waitFor();
    expect(await table.locator('tbody tr .badge.status-overdue').count()).toBe(counted);
  });

  it('1. the physician\'s Today agrees with his worklist; 2. a mention reaches his navigation live; 3. the thread is listed with the action to open it', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await signInAs(browser, server.url, 'physician', { width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await page.getByRole('region', { name: 'Overdue and due today' }).waitFor();
    await waitFor(async () => (await overdueOnToday(page)) === (await overdueInNav(page)), 'Today and the worklist badge to agree');
    // He coordinates no one: no caseload on his start page.
    expect(await page.getByRole('heading', { name: 'My caseload' }).count()).toBe(0);
    // Nothing on the page scrolls sideways on the phone.
    expect(await page.evaluate(() => { const main = document.querySelector('main')!; return main.scrollWidth <= main.clientWidth; })).toBe(true);

    // 2. The coordinator mentions him in a note on Rosa.
    const mentionsBefore = await navBadge(page, /^Today/);
    const coordinator = await signedIn(server.url, 'coordinator');
    const physicianId = ((await (await (await signedIn(server.url, 'physician')).get('/api/me')).json()) as { id: string }).id;
    const { patients } = (await (await coordinator.get('/api/patients')).json()) as { patients: Array<{ id: string; name: string }> };
    const socket = connectSocket(server.url, coordinator);
    try {
      await whenConnected(socket);
      const answer = await ask(socket, 'note:create', { patientId: patients.find((p) => p.name === 'Rosa Delgado')!.id, body: 'Potassium?', mentions: [physicianId], idempotencyKey: key() });
      expect(answer.error).toBeUndefined();
    } finally {
      socket.disconnect();
    }
    await waitFor(async () => (await navBadge(page, /^Today/)) === mentionsBefore + 1, 'the mention count in the navigation');
    const threads = page.getByRole('region', { name: 'Mentions and unread notes' });
    const mention = threads.getByRole('listitem').filter({ hasText: 'Mentions you' });
    await mention.waitFor();
    expect(await mention.textContent()).toContain('Rosa Delgado');
    expect(await mention.textContent()).toContain('Maya Chen');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/today-physician-390.png', fullPage: true });
    await mention.getByRole('link', { name: 'Open notes about Rosa Delgado' }).click();
    await page.waitForURL(/\/patients\/[^/]+\/plan$/);
  });
});
