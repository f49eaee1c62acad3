import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness, openPatient, signInAs } from './harness';

/** Opens a reconciliation of Rosa Delgado's from her patient page, as a team member would. */
async function openReconciliation(browser: Browser, url: string, account: string): Promise<Page> {
  const page = await signInAs(browser, url, account, { width: 1400, height: 1000 });
  await openPatient(page, 'Rosa Delgado', 'Medications');
  await page.getByRole('region', { name: 'Medication reconciliation' }).getByRole('link', { name: /^After discharge/ }).click();
  await page.getByRole('heading', { name: 'Medication reconciliation — Rosa Delgado' }).waitFor();
  await page.getByRole('rowgroup', { name: 'Furosemide' }).waitFor();
  return page;
}

describe.skipIf(!chromiumAvailable)('browser: a pharmacist flags a medication discrepancy', () => {
  const harness = browserHarness();

  it('1. the pharmacist flags a dose mismatch on a medication and comments in its thread; 2. the physician, with the reconciliation open, sees the flag and the comment appear live', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    // Set-up through the API: a reconciliation after Rosa's discharge, from her plan's medication list.
    const coordinator = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    expect((await coordinator.post(`/api/patients/${rosaId}/reconciliations`, { trigger: 'discharge' })).status).toBe(201);

    const pharmacist = await openReconciliation(browser, server.url, 'pharmacist');
    const physician = await openReconciliation(browser, server.url, 'physician');
    const physicianRow = physician.getByRole('rowgroup', { name: 'Furosemide' });
    await physician.getByRole('button', { name: 'Complete and sign' }).and(physician.locator(':disabled')).waitFor();
    await physician.getByText('3 medications are still pending a decision.').waitFor();

    // 1. The pharmacist flags the furosemide dose and says why in the medication's thread.
    const row = pharmacist.getByRole('rowgroup', { name: 'Furosemide' });
    await row.getByLabel('Decision').selectOption('change');
    await row.getByLabel('Discrepancy').selectOption('dose_mismatch');
    await row.getByLabel('What is wrong').fill('Pharmacy filled 20 mg; the discharge summary says 40 mg.');
    await row.getByRole('button', { name: 'Save Furosemide' }).click();
    await row.getByText('Discrepancy: dose mismatch').waitFor();
    await row.getByRole('button', { name: 'Discuss Furosemide' }).click();
    const thread = pharmacist.getByRole('region', { name: 'Huddle notes: Furosemide' });
    await thread.getByLabel('New note').fill('Calling the St. Mary discharge team to confirm the intended dose.');
    await thread.getByRole('button', { name: 'Send' }).click();
    await thread.locator('.thread-row', { hasText: 'Calling the St. Mary discharge team' }).waitFor();

    // 2. The physician sees the flag and the comment without reloading.
    const flag = physicianRow.getByRole('status').filter({ hasText: 'Discrepancy: dose mismatch' });
    await flag.getByText('Pharmacy filled 20 mg; the discharge summary says 40 mg.').waitFor();
    await physician.getByText('2 medications are still pending a decision.').waitFor();
    const discuss = physicianRow.getByRole('button', { name: 'Discuss (1) Furosemide' });
    await discuss.waitFor();
    await discuss.click();
    await physician.getByRole('region', { name: 'Huddle notes: Furosemide' }).getByText('Calling the St. Mary discharge team to confirm the intended dose.').waitFor();
    await physician.screenshot({ path: '/tmp/reconciliation-physician.png', fullPage: true });
    await pharmacist.screenshot({ path: '/tmp/reconciliation-pharmacist.png', fullPage: true });
  }, 90_000);
});
