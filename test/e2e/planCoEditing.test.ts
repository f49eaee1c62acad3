import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';

async function openPlan(browser: Browser, url: string, account: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/signin`);
  await page.getByLabel('Email').fill(`${account}@demo.carehuddle.test`);
  await page.getByLabel('Password').fill('carehuddle-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Rosa Delgado' }).click();
  await page.getByRole('link', { name: 'Open care plan' }).click();
  await page.getByRole('textbox', { name: 'Plan summary' }).waitFor();
  return page;
}

describe.skipIf(!chromiumAvailable)('browser: two clinicians co-edit a care plan', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. coordinator and physician open the plan; 2. each sees the other present; 3. the coordinator types; 4. the physician sees the text and the coordinator\'s caret; 5. "Saved"', async () => {
    const coordinator = await openPlan(browser, server.url, 'coordinator');
    const physician = await openPlan(browser, server.url, 'physician');

    const presence = (page: Page) => page.getByRole('list', { name: 'People in this plan now' });
    await presence(coordinator).getByText('Dr. Samuel Okoro').waitFor();
    await presence(physician).getByText('Maya Chen').waitFor();

    await coordinator.getByRole('textbox', { name: 'Plan summary' }).click();
    await coordinator.keyboard.type('Rosa wants to stay in her own home.');
    await physician.getByRole('textbox', { name: 'Plan summary' }).getByText('Rosa wants to stay in her own home.').waitFor();
    await physician.locator('.collaboration-carets__label', { hasText: 'Maya Chen' }).waitFor();

    await physician.getByRole('textbox', { name: 'Plan summary' }).click();
    await physician.keyboard.press('End');
    await physician.keyboard.type(' Daughter Elena helps daily.');
    await coordinator.getByText('Daughter Elena helps daily.').waitFor();
    await coordinator.locator('.collaboration-carets__label', { hasText: 'Dr. Samuel Okoro' }).waitFor();
    await coordinator.getByTestId('save-status').getByText('Saved').waitFor();
    expect(await coordinator.getByTestId('save-status').textContent()).toBe('Saved');
  });

  it('shows a pharmacist the shared plan read-only, and sign-out clears the offline copy', async () => {
    const pharmacist = await openPlan(browser, server.url, 'pharmacist');
    await pharmacist.getByTestId('save-status').getByText('Read-only').waitFor();
    await pharmacist.getByText('You can read this part of the plan; your role cannot change it.').waitFor();
    expect(await pharmacist.getByRole('textbox', { name: 'Plan summary' }).getAttribute('contenteditable')).toBe('false');
    const databases = () => pharmacist.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect((await databases()).some((n) => n?.startsWith('plan:'))).toBe(true);
    await pharmacist.getByRole('button', { name: 'Sign out' }).click();
    await pharmacist.getByLabel('Email').waitFor();
    expect((await databases()).filter((n) => n?.startsWith('plan:'))).toEqual([]);
  });
});
