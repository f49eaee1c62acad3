import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { signedIn } from '../support/http';
import { planItems, searchAs } from '../support/search';
import { waitFor } from '../support/wait';
import { browserHarness, openPlanOf, signInAs } from './harness';

const PHRASE = 'Stair lift quote from the county program';

/** Types a search into the top bar's box and waits for the results page to answer. */
async function searchFromTopBar(page: Page, words: string): Promise<void> {
  await page.getByRole('search', { name: 'Search', exact: true }).getByLabel('Search patients, notes and plans').fill(words);
  await page.getByRole('search', { name: 'Search', exact: true }).getByRole('button', { name: 'Search' }).click();
  await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
  await page.locator('.search-results, .search-page .empty, .search-page .field-error').first().waitFor();
}

describe.skipIf(!chromiumAvailable)('browser: search', () => {
  const harness = browserHarness();

  it('search finds a phrase in a plan item for the coordinator but not for the caregiver', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    // 1. The coordinator adds a need to Rosa's clinical plan.
    const coordinator = await openPlanOf(await signInAs(browser, server.url, 'coordinator'), 'Rosa Delgado');
    await coordinator.getByRole('tab', { name: 'Clinical' }).click();
    await coordinator.getByRole('button', { name: 'Add to Needs and problems' }).click();
    const needs = coordinator.locator('#needs');
    await needs.getByLabel('Title', { exact: true }).last().fill(PHRASE);
    await coordinator.getByTestId('save-status').getByText('Saved').waitFor();
    // 2. The plan is indexed a moment after it is stored (a debounce window, not each keystroke).
    const api = await signedIn(server.url, 'coordinator');
    await waitFor(async () => planItems(await searchAs(api, 'stair lift quote')).length > 0, 'the new need to be indexed', 20_000);

    // 3. The coordinator searches from the top bar and finds it, the words marked, leading to the clinical plan.
    await searchFromTopBar(coordinator, 'stair lift quote');
    const result = coordinator.getByRole('link', { name: PHRASE });
    await result.waitFor();
    expect(await result.locator('mark').allTextContents()).toEqual(['Stair', 'lift', 'quote']);
    expect(await result.getAttribute('href')).toMatch(/\/plan\?part=clinical#needs$/);
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.screenshot({ path: 'test-results/search-coordinator.png', fullPage: true });

    // 4. Rosa's daughter searches the same words: the clinical plan is not hers to read, so nothing comes back.
    const caregiver = await signInAs(browser, server.url, 'caregiver');
    await searchFromTopBar(caregiver, 'stair lift quote');
    await caregiver.getByText('Nothing you can see matches “stair lift quote”.').waitFor();
    expect(await caregiver.getByRole('link', { name: PHRASE }).count()).toBe(0);
    // 5. What Rosa shares with her is found: a line of the shared plan.
    await searchFromTopBar(caregiver, 'grandchildren');
    await caregiver.getByRole('link', { name: 'Sunday lunch with the grandchildren' }).waitFor();
    expect(await axeViolations(caregiver)).toEqual([]);
  }, 90_000);

  it('a search too short gets a sentence beside the field, and the page works at 390 px', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'coordinator', { width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await searchFromTopBar(page, 'r');
    await page.getByText('Type at least 2 letters or digits to search.').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Patients, huddle notes and plans' }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('searchbox', { name: 'Patients, huddle notes and plans' }).fill('MBR-100234');
    await page.getByRole('search', { name: 'Search again' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Rosa Delgado' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/search-phone.png', fullPage: true });
  });
});
