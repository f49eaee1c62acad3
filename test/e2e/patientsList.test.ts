import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: "My patients" on a phone', () => {
  const harness = browserHarness();

  it('1. the physician opens My patients at 390 px: a list, not a table; 2. searches by member number and name; 3. filters by risk, coordinator and overdue; 4. a reload keeps the filters', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'physician', { width: 390, height: 844 });
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My patients' }).click();
    const list = page.getByRole('list', { name: 'My patients' });
    await list.waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await list.getByRole('listitem').count()).toBe(4);
    // The list and the worklist agree: James's screening reads the same as on the worklist (attempts documented).
    const james = list.getByRole('listitem').filter({ hasText: 'James Whitfield' });
    expect(await james.textContent()).toContain('Screening: unable to reach, attempts documented');
    expect(await james.textContent()).toContain('Grace Miller, RN');
    expect(await page.evaluate(() => { const main = document.querySelector('main')!; return main.scrollWidth <= main.clientWidth; })).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/patients-390.png', fullPage: true });

    // 2. Search: a member number however it is typed, then part of a name.
    const search = page.getByRole('searchbox', { name: 'Name or member number' });
    await search.fill('mbr 100871');
    await page.getByRole('status').getByText('Showing 1 of 4 patients').waitFor();
    expect(await list.getByRole('listitem').textContent()).toContain('Walter Kim');
    await search.fill('okafor');
    await list.getByRole('listitem').filter({ hasText: 'Amara Okafor' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await search.fill('');

    // 3. Filters: risk, coordinator, and nobody matching says so in a sentence.
    await page.getByLabel('Risk level').selectOption('High');
    await page.getByRole('status').getByText('Showing 1 of 4 patients').waitFor();
    expect(await list.getByRole('listitem').textContent()).toContain('Rosa Delgado');
    await page.getByLabel('Risk level').selectOption('');
    await page.getByLabel('Coordinator').selectOption({ label: 'Grace Miller, RN' });
    await page.getByRole('status').getByText('Showing 1 of 4 patients').waitFor();
    expect(await list.getByRole('listitem').textContent()).toContain('James Whitfield');
    await page.getByLabel('Risk level').selectOption('Low');
    await page.getByText('No patient matches. Clear the search or choose other filters.').waitFor();

    // 4. The filters are in the address: a reload keeps them.
    await page.reload();
    await page.getByText('No patient matches. Clear the search or choose other filters.').waitFor();
    expect(await page.getByLabel('Risk level').inputValue()).toBe('Low');
    await page.getByLabel('Risk level').selectOption('');
    await page.getByLabel('Coordinator').selectOption('');
    await page.getByLabel('Sort by').selectOption('risk');
    await page.getByRole('status').getByText('4 patients').waitFor();
    const names = await list.locator('.status-list-name a').allTextContents();
    expect(names).toEqual(['Rosa Delgado', 'Walter Kim', 'Amara Okafor', 'James Whitfield']);
  });
});
