import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the coordination worklist', () => {
  const harness = browserHarness();

  it('1. the coordinator sees the demo discharge follow-up; 2. the physician records a discharge; 3. it appears on the coordinator\'s worklist live', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signInAs(browser, server.url, 'coordinator');
    await coordinator.getByRole('link', { name: 'Worklist' }).click();
    const table = coordinator.getByRole('table', { name: 'My worklist' });
    await table.getByText('Follow-up after discharge from St. Mary Medical Center').waitFor();
    expect(await table.locator('tbody tr').filter({ hasText: 'St. Mary' }).first().textContent()).toContain('Walter Kim');

    const physician = await signInAs(browser, server.url, 'physician');
    await openPatient(physician, 'Amara Okafor', 'Coordination');
    const section = physician.getByRole('region', { name: 'Coordination' });
    await section.getByLabel('What').selectOption('transition');
    await section.getByLabel('Setting').selectOption('emergency');
    await section.getByLabel('Facility').fill('Mercy Hospital');
    // The organization's calendar day (the server reckons dates in America/New_York).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
    await section.getByLabel('Admitted').fill(today);
    await section.getByLabel('Discharged').fill(today);
    await section.getByRole('button', { name: 'Record' }).click();
    await section.getByText('Medication reconciliation after Mercy Hospital').waitFor();

    await table.getByText('Follow-up after discharge from Mercy Hospital').waitFor();
    await coordinator.getByLabel('Show').selectOption('medication_reconciliation');
    // The filtered list replaces the full one: wait for the follow-ups to go, then check what stays.
    await table.getByText('Follow-up after discharge', { exact: false }).first().waitFor({ state: 'detached' });
    await table.getByText('Medication reconciliation after Mercy Hospital').waitFor();

    // 4. The team view shows each coordinated patient's status at a glance.
    await coordinator.getByRole('link', { name: 'Team view: every patient I coordinate at a glance' }).click();
    const team = coordinator.getByRole('table', { name: 'Patients I coordinate' });
    const walter = team.locator('tbody tr').filter({ hasText: 'Walter Kim' });
    await walter.waitFor();
    expect(await walter.textContent()).toContain('Due soon');
    expect(await team.locator('tbody tr').count()).toBe(3);
  });
});
