import type { Browser, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPlanOf, signInAs } from './harness';

const openPlan = async (browser: Browser, url: string, account: string): Promise<Page> => openPlanOf(await signInAs(browser, url, account, { width: 1280, height: 900 }), 'Walter Kim');

describe.skipIf(!chromiumAvailable)('browser: a huddle note anchored to a goal', () => {
  const harness = browserHarness();

  it('1. the coordinator adds a goal and posts a note on it; 2. the physician sees the note live next to that goal', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
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
