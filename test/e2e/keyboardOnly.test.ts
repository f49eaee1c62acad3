import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness } from './harness';

/** What has focus, as a screen reader would name it: tag, role, label and text. */
interface Focused { tag: string; id: string; role: string; label: string; text: string; inMain: boolean }

const focused = (page: Page): Promise<Focused> => page.evaluate(() => {
  const el = document.activeElement;
  return {
    tag: el?.tagName.toLowerCase() ?? '',
    id: el?.id ?? '',
    role: el?.getAttribute('role') ?? '',
    label: el?.getAttribute('aria-label') ?? '',
    text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    inMain: Boolean(el?.closest('main')),
  };
});

/** Presses `key` (Tab or Shift+Tab) until what has focus matches; fails after `limit` presses. */
async function pressUntil(page: Page, key: 'Tab' | 'Shift+Tab', matches: (f: Focused) => boolean, limit = 120): Promise<Focused> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`nothing matching was reached in ${limit} presses of ${key}`);
}

/** Waits until focus is on the page's h1, and says its text. */
async function headingFocused(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  return (await focused(page)).text;
}

/** Signs in from the sign-in page with the keyboard only; resolves on the start page, its heading focused. */
async function signInByKeyboard(page: Page, url: string, account: string): Promise<void> {
  await page.goto(`${url}/signin`);
  await page.getByRole('heading', { level: 1, name: 'Sign in to CareHuddle' }).waitFor();
  await pressUntil(page, 'Tab', (f) => f.id === 'email', 3);
  await page.keyboard.type(`${account}@demo.carehuddle.test`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('carehuddle-demo');
  await page.keyboard.press('Enter');
  expect(await headingFocused(page)).toMatch(/^Today/);
}

const announcements = (page: Page) => page.getByRole('status', { name: 'Announcements' });

describe.skipIf(!chromiumAvailable)('browser: keyboard only, with focus, titles and announcements for screen readers', () => {
  const harness = browserHarness();
  // Each test's people leave when it ends: a plan left open would be someone else present in the next test's plan.
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  const newPage = async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1200, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  };

  it('1. signs in; 2. the skip link is the first Tab stop and skips the navigation; 3. each page takes focus on its heading and names itself (and the patient) in the title; 4. opens a patient and his plan; tabs keep focus', async () => {
    const url = harness.server().url;
    const page = await newPage();
    await page.goto(`${url}/signin`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to CareHuddle' }).waitFor();
    // The first paint keeps focus at the top of the page.
    expect((await focused(page)).tag).toBe('body');
    expect(await page.title()).toBe('Sign in to CareHuddle');

    await signInByKeyboard(page, url, 'coordinator');
    // The heading gains the date once the page's data is in; the title stays "Today" (no churn, no date to read out).
    await page.getByRole('heading', { level: 1, name: /^Today \S/ }).waitFor();
    expect(await page.title()).toBe('Today — CareHuddle');

    // 2. A fresh load: the skip link is the first Tab stop, visible once focused, and moves focus into the page.
    await page.goto(`${url}/`);
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    expect((await focused(page)).tag).toBe('body');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 1; })).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/skip-link-focused.png', clip: { x: 0, y: 0, width: 1200, height: 200 } });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain).toBe(true);
    // Off focus, the skip link is out of sight.
    expect(await skip.evaluate((el) => el.getBoundingClientRect().bottom <= 0)).toBe(true);

    // 3. Back up to the navigation: "My patients".
    await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'a' && f.text === 'My patients');
    await page.keyboard.press('Enter');
    expect(await headingFocused(page)).toBe('My patients');
    expect(await page.title()).toBe('My patients — CareHuddle');

    // 4. Opens Walter Kim from the list: his name is the heading; the title names the open tab and him.
    await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text === 'Walter Kim');
    await page.keyboard.press('Enter');
    expect(await headingFocused(page)).toBe('Walter Kim');
    expect(await page.title()).toBe('Overview — Walter Kim — CareHuddle');

    // The tabs: arrow keys choose a tab; the address changes but it is the same page, so focus stays on the tab.
    await pressUntil(page, 'Tab', (f) => f.role === 'tab');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/tab=coordination/);
    await page.getByRole('region', { name: 'Coordination' }).waitFor();
    expect(await focused(page)).toMatchObject({ role: 'tab', text: 'Coordination' });
    await page.waitForFunction(() => document.title === 'Coordination — Walter Kim — CareHuddle');

    await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'a' && f.text === 'Open care plan');
    await page.keyboard.press('Enter');
    expect(await headingFocused(page)).toBe('Care plan — Walter Kim');
    expect(await page.title()).toBe('Care plan — Walter Kim — CareHuddle');
  });

  it('1. the coordinator posts a note mentioning the physician; 2. the pharmacist, on the plan, hears the new note; the physician hears the mention; 3. the coordinator edits a plan item\'s notes — all by keyboard', async () => {
    const url = harness.server().url;
    const api = await signedIn(url, 'coordinator');
    const planUrl = `${url}/patients/${await patientIdByName(api, 'Walter Kim')}/plan`;
    const [coordinator, physician, pharmacist] = await Promise.all([newPage(), newPage(), newPage()]);
    await Promise.all([signInByKeyboard(coordinator, url, 'coordinator'), signInByKeyboard(physician, url, 'physician'), signInByKeyboard(pharmacist, url, 'pharmacist')]);
    for (const page of [coordinator, pharmacist]) {
      await page.goto(planUrl);
      await page.getByRole('region', { name: 'Huddle notes: the whole plan' }).getByRole('combobox', { name: 'New note' }).waitFor();
    }

    // 1. To the notes, a mention picked from the suggestions, and Send.
    await pressUntil(coordinator, 'Tab', (f) => f.text === 'Go to huddle notes');
    await coordinator.keyboard.press('Enter');
    await coordinator.keyboard.type('Scale reading up 2 kg. @sam');
    await coordinator.getByRole('listbox', { name: 'People you can mention' }).getByRole('option', { name: /Dr. Samuel Okoro/ }).waitFor();
    await coordinator.keyboard.press('Enter');
    await coordinator.keyboard.type('please call him today.');
    await pressUntil(coordinator, 'Tab', (f) => f.tag === 'button' && f.text === 'Send', 4);
    await coordinator.keyboard.press('Enter');
    const notes = coordinator.getByRole('region', { name: 'Huddle notes: the whole plan' });
    await notes.getByRole('button', { name: /Scale reading up 2 kg/ }).waitFor();

    // 2. One polite announcement each: the mention for the physician, the new note for the pharmacist.
    await announcements(physician).getByText('Maya Chen mentioned you in a note about Walter Kim.').waitFor();
    await announcements(pharmacist).getByText('New huddle note from Maya Chen.').waitFor();
    // The mention toast is shown but is no live region of its own: the sentence is announced once.
    expect(await physician.locator('[aria-live]').filter({ hasText: 'mentioned you' }).count()).toBe(1);
    // Her own note is not news to the coordinator.
    expect(await announcements(coordinator).textContent()).toBe('');

    // 3. A plan item's notes (the rich-text editor): reached by Tab, typed into, saved.
    await coordinator.goto(planUrl);
    await coordinator.getByRole('textbox', { name: 'Plan summary' }).waitFor();
    const field = await pressUntil(coordinator, 'Tab', (f) => f.role === 'textbox' && f.label.startsWith('Notes for '), 200);
    await coordinator.keyboard.press('End');
    await coordinator.keyboard.type(' Weigh every morning before breakfast.');
    await coordinator.getByTestId('save-status').getByText('Saved').waitFor();
    await coordinator.goto(planUrl);
    await coordinator.getByRole('textbox', { name: field.label }).getByText('Weigh every morning before breakfast.').waitFor();
  });

  it('completes a task on the worklist with the keyboard', async () => {
    const url = harness.server().url;
    const api = await signedIn(url, 'coordinator');
    const me = ((await (await api.get('/api/me')).json()) as { id: string }).id;
    const walter = await patientIdByName(api, 'Walter Kim');
    const dueDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
    expect((await api.post(`/api/patients/${walter}/tasks`, { title: 'Book the cardiology visit', ownerId: me, dueDate })).status).toBe(201);

    const page = await newPage();
    await signInByKeyboard(page, url, 'coordinator');
    await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'a' && f.text.startsWith('Worklist'));
    await page.keyboard.press('Enter');
    expect(await headingFocused(page)).toBe('My worklist');
    await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.text === 'Complete Book the cardiology visit');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Complete Book the cardiology visit' }).waitFor({ state: 'detached' });
    const task = (await (await api.get(`/api/patients/${walter}/tasks`)).json()) as { tasks: Array<{ title: string; status: string }> };
    expect(task.tasks.find((t) => t.title === 'Book the cardiology visit')?.status).toBe('done');
  });

  it('1. the physician has Walter\'s plan open; 2. the coordinator types into the plan summary; 3. the physician hears "Maya Chen changed the plan summary." once for the whole burst of typing', async () => {
    const url = harness.server().url;
    const api = await signedIn(url, 'coordinator');
    const planUrl = `${url}/patients/${await patientIdByName(api, 'Walter Kim')}/plan`;
    const [coordinator, physician] = await Promise.all([newPage(), newPage()]);
    await Promise.all([signInByKeyboard(coordinator, url, 'coordinator'), signInByKeyboard(physician, url, 'physician')]);
    await Promise.all([coordinator.goto(planUrl), physician.goto(planUrl)]);
    // Each sees the other in the plan (the presence bar of every open document lists them).
    await coordinator.getByRole('list', { name: 'People in this plan now' }).getByText('Dr. Samuel Okoro').first().waitFor();
    await physician.getByRole('list', { name: 'People in this plan now' }).getByText('Maya Chen').first().waitFor();
    // Loading the plan is not news.
    expect(await announcements(physician).textContent()).toBe('');

    await pressUntil(coordinator, 'Tab', (f) => f.label === 'Plan summary');
    await coordinator.keyboard.press('End');
    await coordinator.keyboard.type(' Lives alone.');
    const said = announcements(physician).getByText('Maya Chen changed the plan summary.');
    await said.waitFor();
    await physician.getByRole('textbox', { name: 'Plan summary' }).getByText('Lives alone.', { exact: false }).waitFor();
    // Thirteen keystrokes, one announcement.
    expect(await said.count()).toBe(1);
  });
});
