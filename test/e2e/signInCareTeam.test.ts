import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the coordinator opens a care team', () => {
  const harness = browserHarness();

  it('1. signs in to the start page; 2. opens "My patients": three patients with risk levels; 3. opens the High-risk patient; 4. sees the pharmacist on the care team', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'coordinator', { width: 1024, height: 768 });
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My patients' }).click();

    const table = page.getByRole('table', { name: 'My patients' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: 'Rosa Delgado' }).textContent()).toContain('High risk');
    expect(await rows.filter({ hasText: 'Walter Kim' }).textContent()).toContain('Moderate risk');

    await openPatient(page, 'Rosa Delgado');
    const team = page.getByRole('region', { name: 'Care team' });
    await team.waitFor();
    expect(await team.textContent()).toContain('Priya Natarajan, PharmD');
    expect(await team.textContent()).toContain('Pharmacist');
    expect(await page.getByRole('heading', { name: 'Rosa Delgado' }).isVisible()).toBe(true);
  });

  it('shows a clear error for a wrong password', async () => {
    const page = await harness.browser().newPage();
    await page.goto(`${harness.server().url}/signin`);
    await page.getByLabel('Email').fill('coordinator@demo.carehuddle.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong e-mail or password.').waitFor();
  });
});
