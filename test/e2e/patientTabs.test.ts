import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the patient page\'s tabs', () => {
  const harness = browserHarness();

  it('1. the coordinator opens Rosa: the Overview tab; 2. arrow keys, Home and End move between tabs by keyboard; 3. the tab is in the address and survives a reload; 4. consent is a summary with Edit', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'coordinator');
    await openPatient(page, 'Rosa Delgado');
    const tablist = page.getByRole('tablist', { name: "Rosa Delgado's record" });
    const tab = (name: string) => tablist.getByRole('tab', { name });
    await page.getByRole('region', { name: 'Care team' }).waitFor();
    await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    // One tab stop: only the selected tab is in the Tab order.
    expect(await tablist.locator('[role="tab"][tabindex="0"]').count()).toBe(1);

    // 2. By keyboard only.
    await tab('Overview').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('region', { name: 'Coordination' }).waitFor();
    await page.getByRole('tab', { name: 'Coordination', selected: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Coordination');
    expect(page.url()).toContain('tab=coordination');
    expect(await page.getByRole('region', { name: 'Care team' }).count()).toBe(0);
    await page.keyboard.press('End');
    await page.getByRole('region', { name: 'Sharing and consent' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sharing and consent');
    await page.keyboard.press('Home');
    await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Sharing and consent', selected: true }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Files', selected: true }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Medications', selected: true }).waitFor();
    await page.getByRole('region', { name: 'Medication reconciliation' }).waitFor();

    // 3. A reload keeps the tab.
    await page.reload();
    await page.getByRole('region', { name: 'Medication reconciliation' }).waitFor();
    await page.getByRole('tab', { name: 'Medications', selected: true }).waitFor();

    // 4. Consent reads as a summary; the form opens with Edit and closes with Cancel.
    await tab('Sharing and consent').click();
    const sharing = page.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByText(/^In force: version 1, given /).waitFor();
    expect(await sharing.getByRole('button', { name: 'Record consent' }).count()).toBe(0);
    await sharing.getByRole('button', { name: 'Edit consent' }).click();
    await sharing.getByRole('button', { name: 'Record consent' }).waitFor();
    await sharing.getByRole('button', { name: 'Cancel editing consent' }).click();
    expect(await sharing.getByRole('button', { name: 'Record consent' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/patient-tabs.png', fullPage: false });
  });

  it('an old link to #coordination opens the Coordination tab', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'physician');
    await openPatient(page, 'Walter Kim');
    await page.getByRole('region', { name: 'Care team' }).waitFor();
    await page.goto(`${page.url().split('?')[0]}#coordination`);
    await page.getByRole('region', { name: 'Coordination' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Coordination' }).getAttribute('aria-selected')).toBe('true');
  });
});
