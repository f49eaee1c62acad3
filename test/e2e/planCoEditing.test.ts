import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPlanOf, signInAs } from './harness';

const openPlan = async (browser: Browser, url: string, account: string): Promise<Page> => openPlanOf(await signInAs(browser, url, account), 'Rosa Delgado');

describe.skipIf(!chromiumAvailable)('browser: two clinicians co-edit a care plan', () => {
  const harness = browserHarness();

  it('1. coordinator and physician open the plan; 2. each sees the other present; 3. the coordinator types; 4. the physician sees the text and the coordinator\'s caret; 5. "Saved"', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
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
    const pharmacist = await openPlan(harness.browser(), harness.server().url, 'pharmacist');
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
