import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { axeViolations } from '../support/axe';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the patient header and "Edit details" on a phone', () => {
  const harness = browserHarness();

  it('1. the coordinator opens Rosa at 390 px; 2. the header shows her details; 3. a bad phone is refused beside the field; 4. a good one is saved', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'coordinator', { width: 390, height: 844 });
    await openPatient(page, 'Rosa Delgado');

    // 2. What a coordinator needs at a glance.
    const header = page.getByRole('region', { name: 'Rosa Delgado' });
    await header.getByText('Heart failure with recent readmission').waitFor();
    await header.locator('.header-list .badge').first().waitFor();
    const text = (await header.textContent()) ?? '';
    for (const expected of ['Spanish (es)', 'Interpreter needed', '503-555-0142', 'Weekday mornings', 'Portland, OR 97214',
      'Cascade Community Health Plan', 'MBR-100234', 'Dr. Samuel Okoro', 'Penicillin (hives)', 'Food insecurity', 'High risk']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('No ride to appointments');
    expect(await header.locator('.header-list').last().locator('li').count()).toBeLessThanOrEqual(3);
    // Everything in the header stays inside its card on the phone.
    expect(await page.evaluate(() => {
      const card = document.querySelector('.patient-header')!.getBoundingClientRect();
      const wide = Array.from(document.querySelectorAll('.patient-header *')).filter((e) => e.getBoundingClientRect().right > card.right + 0.5);
      return wide.map((e) => `${e.tagName}.${e.className}:${Math.round(e.getBoundingClientRect().right)}`);
    })).toEqual([]);
    await page.screenshot({ path: '/tmp/patient-header-390.png', fullPage: false });
    expect(await axeViolations(page, [header])).toEqual([]);

    // 3. Edit details: a phone without enough digits is refused, with the sentence beside the field.
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit details' });
    await form.getByLabel('Phone').fill('12');
    await form.getByRole('button', { name: 'Save details' }).click();
    await form.getByText('Enter a phone number with at least 7 digits, such as 555-201-3344.').waitFor();
    expect(await form.getByLabel('Phone').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: '/tmp/patient-edit-details-390.png', fullPage: true });
    expect(await axeViolations(page, [form])).toEqual([]);

    // 4. A good number is saved and shows in the header.
    await form.getByLabel('Phone').fill('503-555-0177');
    await form.getByRole('button', { name: 'Save details' }).click();
    await header.getByText('503-555-0177').waitFor();
  });

  it('enrolls a member with their language and allergies from "My patients"', async () => {
    const page = await signInAs(harness.browser(), harness.server().url, 'coordinator', { width: 390, height: 844 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My patients' }).click();
    await page.getByRole('button', { name: 'Enroll a member' }).click();
    const form = page.getByRole('form', { name: 'Enroll a member' });
    await form.getByLabel('Full name').fill('Nadia Haddad');
    await form.getByLabel('Date of birth').fill('1958-04-02');
    await form.getByLabel('Member number').fill('MBR-E2E-1');
    await form.getByLabel('Preferred language').fill('ar');
    await form.getByLabel('Interpreter needed').selectOption('yes');
    await form.getByLabel('Allergies', { exact: true }).fill('Aspirin');
    await form.getByRole('button', { name: 'Enroll' }).click();
    const header = page.getByRole('region', { name: 'Nadia Haddad' });
    await header.waitFor();
    const text = (await header.textContent()) ?? '';
    expect(text).toContain('Arabic (ar)');
    expect(text).toContain('Aspirin');
    expect(text).toContain('Not designated');
  });
});
