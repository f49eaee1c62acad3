import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/server';

async function openPlan(browser: Browser, url: string, account: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${url}/signin`);
  await page.getByLabel('Email').fill(`${account}@demo.carehuddle.test`);
  await page.getByLabel('Password').fill('carehuddle-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Walter Kim' }).click();
  await page.getByRole('link', { name: 'Open care plan' }).click();
  await page.getByRole('textbox', { name: 'Plan summary' }).waitFor();
  return page;
}

describe.skipIf(!chromiumAvailable)('browser: a huddle note anchored to a goal', () => {
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

  it('1. the coordinator adds a goal and posts a note on it; 2. the physician sees the note live next to that goal', async () => {
    const coordinator = await openPlan(browser, server.url, 'coordinator');
    const physician = await openPlan(browser, server.url, 'physician');

    await coordinator.getByRole('button', { name: "Add to The person's goals" }).click();
    await coordinator.locator('#goals .plan-item-title').first().fill('Walk to church on Sundays');
    await physician.locator('#goals .plan-item-title').first().and(physician.locator('[value="Walk to church on Sundays"]')).waitFor();

    await coordinator.getByRole('button', { name: 'Discuss Walk to church on Sundays' }).click();
    await coordinator.getByRole('region', { name: 'Huddle notes: Walk to church on Sundays' }).waitFor();
    await coordinator.getByLabel('New note').fill('Her knee pain is the blocker — **PT referral**? <script>alert(1)</script>');
    await coordinator.getByRole('button', { name: 'Send' }).last().click();
    await coordinator.getByRole('region', { name: 'Huddle notes: Walk to church on Sundays' }).getByText('PT referral').waitFor();

    const discuss = physician.getByRole('button', { name: 'Discuss (1) Walk to church on Sundays' });
    await discuss.waitFor();
    await discuss.click();
    const panel = physician.getByRole('region', { name: 'Huddle notes: Walk to church on Sundays' });
    await panel.getByText('Her knee pain is the blocker').waitFor();
    await panel.getByText('<script>alert(1)</script>').waitFor();
    await panel.locator('strong', { hasText: 'PT referral' }).waitFor();
  });
});
