import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';

/** A real server and a headless Chromium for one browser test file, started and stopped as a pair. */
export function browserHarness(): { server: () => TestServer; browser: () => Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Browser tests poll the search API while an edit is indexed; its per-session limit is tested in integration tests.
    server = await startTestServer({ searchPerMinute: 10_000 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}

/** Signs a demo account in, in a context of its own (its own cookies and storage). */
export function signInAs(browser: Browser, url: string, account: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  return signInWith(browser, url, { email: `${account}@demo.carehuddle.test`, password: 'carehuddle-demo' }, viewport);
}

/** Signs any account in by its e-mail and password, in a context of its own. */
export async function signInWith(browser: Browser, url: string, account: { email: string; password: string }, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  // Fail with the step that is stuck, well before the test's own timeout.
  page.setDefaultTimeout(10_000);
  await page.goto(`${url}/signin`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

/** Opens a patient's page from "My patients" (the navigation's link, from any page; `/` is the start page), and one of its tabs. */
export async function openPatient(page: Page, patientName: string, tab?: 'Coordination' | 'Medications' | 'Files' | 'Sharing and consent'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My patients' }).click();
  await page.getByRole('link', { name: patientName, exact: true }).click();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Opens a patient's live care plan from "My patients". */
export async function openPlanOf(page: Page, patientName: string): Promise<Page> {
  await openPatient(page, patientName);
  await page.getByRole('link', { name: 'Open care plan' }).click();
  await page.getByRole('textbox', { name: 'Plan summary' }).waitFor();
  return page;
}

/** How many entries (notes and actions, of anyone) the browser's outbox holds. */
export function outboxEntryCount(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('carehuddle-outbox');
    open.onsuccess = () => {
      const count = open.result.transaction('notes').objectStore('notes').count();
      count.onsuccess = () => resolve(count.result);
    };
  }));
}
