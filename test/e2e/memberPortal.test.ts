import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the member joins their own portal and approves the signed plan', () => {
  const harness = browserHarness();

  it('1. the coordinator invites Rosa and signs off her plan; 2. Rosa accepts on her phone; 3. approves the plan; 4. the coordinator sees it live', async () => {
    const [browser, server] = [harness.browser(), harness.server()];

    // 1. The coordinator invites Rosa herself and reads the link off the screen.
    const coordinator = await signInAs(browser, server.url, 'coordinator', { width: 1280, height: 900 });
    await openPatient(coordinator, 'Rosa Delgado', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByLabel("Send the member's link to").fill('rosa.delgado@example.org');
    await sharing.getByRole('button', { name: 'Create member invitation link' }).click();
    const linkField = sharing.getByLabel('Invitation link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await sharing.getByText('Give this link to the member').waitFor();

    // The coordinator signs off the plan and keeps the plan reviews open.
    await coordinator.getByRole('link', { name: 'Open care plan' }).click();
    const reviews = coordinator.getByRole('complementary', { name: 'Plan reviews' });
    await reviews.getByLabel('Sign off the plan as').fill('Quarterly review');
    await reviews.getByRole('button', { name: 'Sign off' }).click();
    const signed = reviews.getByRole('listitem').filter({ hasText: 'Quarterly review' });
    await signed.waitFor();
    expect(await signed.textContent()).not.toContain('Approved by');

    // 2. Rosa opens the link on her phone (a separate browser context) and sets up her account.
    const member = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    member.setDefaultTimeout(10_000);
    await member.goto(link);
    await member.getByRole('heading', { name: 'Maya Chen invited you to your own care plan' }).waitFor();
    expect(await axeViolations(member)).toEqual([]);
    await member.getByLabel('Your name').fill('Rosa Delgado');
    await member.getByLabel('Choose a password').fill('a long password for Rosa');
    await member.getByRole('button', { name: 'Accept and continue' }).click();
    await member.getByRole('heading', { name: 'Your care plan', exact: true }).waitFor();
    expect(member.url()).toMatch(/\/patients\/[^/]+\/review$/);
    await member.getByRole('heading', { name: 'What you want to work on' }).waitFor();
    // Only the shared plan reaches her page: no clinical tab, no medications.
    expect(await member.getByRole('tab', { name: 'Clinical' }).count()).toBe(0);
    expect(await member.getByRole('heading', { name: 'Medications' }).count()).toBe(0);
    // No team jargon about roles and editing, and her care coordinator is named.
    await member.locator('#goals').waitFor();
    expect(await member.getByText('your role cannot change it').count()).toBe(0);
    expect(await member.getByText('Read-only', { exact: true }).count()).toBe(0);
    // Whom to call: her care coordinator by name, with a number her phone dials.
    const contact = member.getByRole('region', { name: 'Who to call' });
    await contact.getByText('Your care coordinator is Maya Chen.').waitFor();
    const call = contact.getByRole('link', { name: 'Call 555-201-3344' });
    expect(await call.isVisible()).toBe(true);
    expect(await call.getAttribute('href')).toBe('tel:5552013344');
    // Her goals say where they stand in everyday words, not the team's "Status: active".
    await member.locator('#goals').getByText('We are working on this').first().waitFor();
    expect(await member.getByText('Status', { exact: true }).count()).toBe(0);
    expect(await member.getByText('active', { exact: true }).count()).toBe(0);
    expect(await member.getByText(/Status:?\s*active/i).count()).toBe(0);
    // Mentioning someone offers her team, never herself.
    const note = member.getByLabel('New note');
    await note.fill('@');
    const suggestions = member.getByRole('listbox', { name: 'People you can mention' });
    await suggestions.getByRole('option', { name: 'Maya Chen' }).waitFor();
    expect(await suggestions.getByRole('option', { name: 'Rosa Delgado' }).count()).toBe(0);
    await note.press('Escape');
    await note.fill('');

    // 3. She agrees with the plan her team signed.
    const approval = member.getByRole('region', { name: 'Do you agree with your plan?' });
    await approval.getByText('signed off “Quarterly review”').waitFor();
    expect(await axeViolations(member)).toEqual([]);
    expect(await member.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await member.screenshot({ path: '/tmp/member-portal-phone.png', fullPage: true });
    await approval.getByRole('button', { name: 'I agree with this plan' }).click();
    await approval.getByRole('status').getByText('You agreed with this plan on').waitFor();
    expect(await approval.getByRole('button', { name: 'I agree with this plan' }).count()).toBe(0);
    expect(await axeViolations(member)).toEqual([]);

    // 4. The coordinator, who kept the plan open, sees the approval arrive without reloading.
    await signed.getByText('Approved by Rosa Delgado on').waitFor();
    await coordinator.screenshot({ path: '/tmp/member-approval-coordinator.png', fullPage: true });
  }, 90_000);
});
