import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the admin connects a system to the FHIR API', () => {
  const harness = browserHarness();

  it('1. opens Staff accounts on a phone; 2. is told what is wrong with a bad scope; 3. creates a client and sees its token once; 4. the token reads the API; 5. revokes it', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'admin', { width: 390, height: 844 });
    await page.getByRole('link', { name: 'Staff accounts' }).click();
    const section = page.getByRole('region', { name: 'FHIR API clients' });
    await section.waitFor();

    await page.getByLabel('Name of the system').fill('Health plan warehouse');
    await page.getByLabel('Scopes', { exact: true }).fill('system/Everything');
    await page.getByLabel('Token works until').fill('2099-12-31');
    await page.getByRole('button', { name: 'Create API client' }).click();
    await page.getByText('Use a scope such as system/Patient.read, system/*.read or patient/*.read.').waitFor();
    expect(await page.getByLabel('Scopes', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Scopes', { exact: true }).fill('system/*.read');
    await page.getByRole('button', { name: 'Create API client' }).click();
    const token = page.getByLabel(/Bearer token for Health plan warehouse/);
    await token.waitFor();
    const value = await token.inputValue();
    expect(value).toMatch(/^chf_/);
    await page.screenshot({ path: 'test-results/api-clients-390.png', fullPage: true });

    const res = await fetch(`${harness.server().url}/fhir/R4/Patient`, { headers: { authorization: `Bearer ${value}` } });
    expect(res.status).toBe(200);

    const row = section.getByRole('row', { name: /Health plan warehouse/ });
    expect(await row.textContent()).toContain('Active');
    await page.getByRole('button', { name: 'Revoke Health plan warehouse' }).click();
    await row.getByText('Revoked').waitFor();
    expect((await fetch(`${harness.server().url}/fhir/R4/Patient`, { headers: { authorization: `Bearer ${value}` } })).status).toBe(401);
  });
});
