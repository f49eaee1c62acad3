import type { PatientDetail } from '@carehuddle/shared';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { browserHarness, signInAs } from './harness';

const THREADS = 50;
const RESOLVED = 7;
const MENTIONING_PHYSICIAN = 4;
const LONG_NOTE = `Discharge summary, read before the huddle.\n${'The evening dose was moved to the morning because of dizziness. '.repeat(20)}\nLast line of the long note.`;

/** Presses Tab until the focused element matches, and says how many presses it took (or fails after `limit`). */
async function tabsUntil(page: Page, matches: () => boolean, limit = 150): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return presses;
  }
  throw new Error(`not reached in ${limit} Tab presses`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe.skipIf(!chromiumAvailable)('browser: huddle notes that scale to a real team', () => {
  const harness = browserHarness();
  let walterId: string;
  let planUrl: string;

  // Fifty threads on Walter Kim's plan, as a busy team would leave them: some resolved, some mentioning the physician, one long.
  beforeAll(async () => {
    const server = harness.server();
    const coordinator = await signedIn(server.url, 'coordinator');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    planUrl = `${server.url}/patients/${walterId}/plan`;
    const walter = (await (await coordinator.get(`/api/patients/${walterId}`)).json()) as PatientDetail;
    const physicianId = walter.careTeam.find((m) => m.name === 'Dr. Samuel Okoro')!.userId;
    const socket = connectSocket(server.url, coordinator);
    await whenConnected(socket);
    for (let i = 1; i <= THREADS; i += 1) {
      const mentions = i <= MENTIONING_PHYSICIAN ? [physicianId] : [];
      const body = i === THREADS ? LONG_NOTE : `Older thread ${i}${mentions.length ? ' @Dr. Samuel Okoro' : ''}`;
      const created = await ask(socket, 'note:create', { patientId: walterId, body, mentions, idempotencyKey: key() });
      if (i > THREADS - RESOLVED - 1 && i < THREADS) await ask(socket, 'thread:resolve', { patientId: walterId, threadId: (created.thread as { id: string }).id });
    }
    socket.disconnect();
  });

  it('with 50 threads, "New note" is a few Tab presses into the page, the thread list is one Tab stop moved through with arrow keys, and a long note folds', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'physician', { width: 1280, height: 900 });
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    const started = Date.now();
    await page.goto(planUrl);
    const panel = page.getByRole('region', { name: 'Huddle notes: the whole plan' });
    await panel.getByRole('button', { name: 'Discharge summary' }).waitFor();
    // Only a page of threads is drawn at first; the rest on request.
    expect(await panel.locator('.thread-row').count()).toBe(20);
    console.info(`plan page with ${THREADS} threads usable after ${Date.now() - started} ms`);
    await panel.screenshot({ path: '/tmp/notes-collapsed.png' });

    // From the top of the page: past the navigation to "Go to huddle notes", then Enter.
    const toShortcut = await tabsUntil(page, () => document.activeElement?.textContent === 'Go to huddle notes');
    // The top bar holds Today, the lists, search and notifications before it.
    expect(toShortcut).toBeLessThanOrEqual(16);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('composer-new-thread');
    // New note → who can see it → Send → filters → the list: one stop for all its rows.
    expect(await tabsUntil(page, () => document.activeElement?.classList.contains('thread-row') === true, 4)).toBe(4);
    expect(await focusedText(page)).toContain('Discharge summary');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain('Older thread 49');
    await page.keyboard.press('End');
    expect(await focusedText(page)).toContain('Older thread 31');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Show more threads (30 more)');
    await page.keyboard.press('Enter');
    expect(await panel.locator('.thread-row').count()).toBe(40);

    // Back to the list (it remembers the row), up to the first, open it: the long note is folded until asked.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toContain('Older thread 31');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const opened = panel.locator('.thread').first();
    await opened.getByText('Discharge summary, read before the huddle.').waitFor();
    expect(await opened.getByText('Last line of the long note.').count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Show more');
    await page.keyboard.press('Enter');
    await opened.getByText('Last line of the long note.').waitFor();
    expect(await axeViolations(page, [panel])).toEqual([]);
  });

  it('filters: open, resolved and "mentions me" list only their threads; chosen with arrow keys in one radio group', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'physician', { width: 1280, height: 900 });
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await page.goto(planUrl);
    const panel = page.getByRole('region', { name: 'Huddle notes: the whole plan' });
    await panel.getByRole('radio', { name: 'All threads' }).focus();
    const rows = panel.locator('.thread-row');
    const shownAfter = async (key: string, label: string) => {
      await page.keyboard.press(key);
      expect(await panel.getByRole('radio', { name: label }).isChecked()).toBe(true);
      return rows.count();
    };
    await shownAfter('ArrowRight', 'About the whole plan');
    expect(await shownAfter('ArrowRight', 'Open')).toBe(20);
    expect(await panel.getByRole('button', { name: 'Show more threads' }).textContent()).toBe(`Show more threads (${THREADS - RESOLVED - 20} more)`);
    expect(await shownAfter('ArrowRight', 'Resolved')).toBe(RESOLVED);
    expect(await rows.filter({ hasText: 'Resolved' }).count()).toBe(RESOLVED);
    expect(await shownAfter('ArrowRight', 'Mentions me')).toBe(MENTIONING_PHYSICIAN);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Older thread 1 @Dr. Samuel Okoro')]));
    expect(await axeViolations(page, [panel])).toEqual([]);
  });

  it('1. the coordinator, by keyboard only, writes a note mentioning the physician and the pharmacist; 2. each is told who mentioned them about which patient; 3. "Open the thread" opens, scrolls to and focuses it', async () => {
    const [browser, url] = [harness.browser(), harness.server().url];
    const desk = { width: 1280, height: 900 };
    const [coordinator, physician, pharmacist] = await Promise.all([signInAs(browser, url, 'coordinator', desk), signInAs(browser, url, 'physician', desk), signInAs(browser, url, 'pharmacist', desk)]);
    for (const page of [coordinator, physician, pharmacist]) await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await coordinator.goto(planUrl);
    await coordinator.getByRole('region', { name: 'Huddle notes: the whole plan' }).getByRole('radio', { name: 'All threads' }).waitFor();

    await tabsUntil(coordinator, () => document.activeElement?.textContent === 'Go to huddle notes');
    await coordinator.keyboard.press('Enter');
    const keyboard = coordinator.keyboard;
    await keyboard.type('Walter fell on Sunday. ');
    await keyboard.type('@sam');
    const options = coordinator.getByRole('listbox', { name: 'People you can mention' }).getByRole('option');
    expect(await options.allTextContents()).toEqual([expect.stringContaining('Dr. Samuel Okoro')]);
    await coordinator.getByRole('region', { name: 'Huddle notes: the whole plan' }).screenshot({ path: '/tmp/notes-mention-combobox.png' });
    expect(await axeViolations(coordinator, [coordinator.getByRole('region', { name: 'Huddle notes: the whole plan' })])).toEqual([]);
    await keyboard.press('Enter');
    await keyboard.type('please review the fall risk, and @');
    // Escape closes the suggestions without choosing; typing on reopens them.
    await keyboard.press('Escape');
    expect(await options.count()).toBe(0);
    await keyboard.type('p');
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowUp');
    expect(await options.and(coordinator.getByRole('option', { selected: true })).textContent()).toContain('Priya Natarajan, PharmD');
    await keyboard.press('Enter');
    await keyboard.type('the new blood thinner.');
    const body = 'Walter fell on Sunday. @Dr. Samuel Okoro please review the fall risk, and @Priya Natarajan, PharmD the new blood thinner.';
    expect(JSON.stringify(await coordinator.getByRole('combobox', { name: 'New note' }).inputValue())).toBe(JSON.stringify(body));
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    expect(await focusedText(coordinator)).toBe('Send');
    await keyboard.press('Enter');

    for (const page of [physician, pharmacist]) {
      // The toast (the same sentence is also in the announcer's hidden live region).
      await page.locator('.toast').getByText('Maya Chen mentioned you in a note about Walter Kim.').waitFor();
    }
    await physician.getByRole('link', { name: 'Open the thread' }).click();
    const panel = physician.getByRole('region', { name: 'Huddle notes: the whole plan' });
    const row = panel.getByRole('button', { name: 'Walter fell on Sunday.' });
    await row.and(physician.locator('[aria-expanded="true"]')).waitFor();
    expect(await focusedText(physician)).toContain('Walter fell on Sunday.');
    expect(await row.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight; })).toBe(true);
    const thread = panel.locator(`#${await row.getAttribute('aria-controls')}`);
    expect(await thread.locator('strong.mention').allTextContents()).toEqual(['@Dr. Samuel Okoro', '@Priya Natarajan, PharmD']);
    // Opening it read it: no "New" marker on the row any more.
    await row.locator('.unread-badge').waitFor({ state: 'detached' });
    await physician.setViewportSize({ width: 390, height: 844 });
    await panel.screenshot({ path: '/tmp/notes-mention-phone.png' });
    // At phone width the panel fits: nothing in it scrolls sideways.
    expect(await panel.evaluate((el) => Array.from(el.querySelectorAll('*')).filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden').map((e) => e.className))).toEqual([]);
  });
});
