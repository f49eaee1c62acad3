import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

const GOAL = 'Walk to the market with Marco on Saturdays';
const COMMENT = 'She managed the corner shop yesterday. Can we try the market next week?';

/** Every button on the page is a comfortable tap target, and nothing scrolls sideways. */
async function phoneLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const b of Array.from(document.querySelectorAll('main button, main .button'))) {
      const box = b.getBoundingClientRect();
      if (box.height > 0 && box.height < 44) problems.push(`"${b.textContent?.trim()}" is ${Math.round(box.height)}px tall`);
    }
    return problems;
  });
}

describe.skipIf(!chromiumAvailable)('browser: a family caregiver is invited and joins the discussion', () => {
  const harness = browserHarness();

  it('1. the coordinator invites a caregiver; 2. the caregiver accepts in another browser; 3. comments on a shared goal; 4. the coordinator sees it live; 5. removal disconnects them', async () => {
    const [browser, server] = [harness.browser(), harness.server()];

    // 1. The coordinator opens Rosa's page, invites her son and reads the link off the screen.
    const coordinator = await signInAs(browser, server.url, 'coordinator', { width: 1280, height: 900 });
    await openPatient(coordinator, 'Rosa Delgado', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByLabel('E-mail').fill('new.caregiver@example.org');
    await sharing.getByLabel('Relationship to the patient').fill('son');
    await sharing.getByLabel('How the patient agreed to share').selectOption('verbal');
    await sharing.getByLabel('May suggest goals', { exact: true }).check();
    await sharing.getByRole('button', { name: 'Create invitation link' }).click();
    const linkField = sharing.getByLabel('Invitation link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await sharing.getByText('not e-mailed').waitFor();
    await sharing.getByRole('listitem').filter({ hasText: 'new.caregiver@example.org' }).getByText('Waiting').waitFor();
    await coordinator.screenshot({ path: '/tmp/caregiver-invitation-coordinator.png', fullPage: true });

    // The coordinator writes the goal the family will discuss, and keeps the shared plan open with its discussion.
    await coordinator.getByRole('link', { name: 'Open care plan' }).click();
    await coordinator.getByRole('textbox', { name: 'Plan summary' }).waitFor();
    await coordinator.getByRole('button', { name: "Add to The person's goals" }).click();
    await coordinator.locator('#goals .plan-item-title').last().fill(GOAL);
    await coordinator.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    await coordinator.getByRole('button', { name: `Discuss ${GOAL}` }).click();
    const coordinatorPanel = coordinator.getByRole('region', { name: `Huddle notes: ${GOAL}` });
    await coordinatorPanel.getByText('No discussion yet.').waitFor();

    // 2. In a separate browser context (no shared cookies) the caregiver opens the link and sets up an account.
    const caregiver = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    caregiver.setDefaultTimeout(10_000);
    await caregiver.goto(link);
    await caregiver.getByRole('heading', { name: "Maya Chen invited you to Rosa's care plan" }).waitFor();
    await caregiver.screenshot({ path: '/tmp/caregiver-invitation-accept.png', fullPage: true });
    await caregiver.getByLabel('Your name').fill('Marco Delgado');
    await caregiver.getByLabel('Choose a password').fill('a long password for Marco');
    await caregiver.getByRole('button', { name: 'Accept and continue' }).click();
    await caregiver.getByRole('heading', { name: "Rosa's plan", exact: true }).waitFor();
    expect(caregiver.url()).toMatch(/\/patients\/[^/]+\/review$/);
    await caregiver.getByRole('heading', { name: 'What Rosa wants to work on' }).waitFor();
    await caregiver.locator('#goals').getByRole('heading', { name: GOAL }).waitFor();
    expect(await caregiver.getByRole('tab', { name: 'Clinical' }).count()).toBe(0);
    expect(await caregiver.getByRole('heading', { name: 'Medications' }).count()).toBe(0);
    expect(await caregiver.getByRole('region', { name: 'Suggest a goal' }).isVisible()).toBe(true);

    // 3. The caregiver opens the goal's discussion and comments.
    await caregiver.getByRole('button', { name: `Discuss ${GOAL}` }).click();
    const caregiverPanel = caregiver.getByRole('region', { name: `Messages with Rosa's care team: ${GOAL}` });
    await caregiverPanel.getByLabel('New note').fill(COMMENT);
    await caregiverPanel.getByRole('button', { name: 'Send' }).first().click();
    // The stored note replaces the "Sending…" copy as a thread shared with family.
    await caregiverPanel.getByRole('button', { name: COMMENT }).getByText('Shared with family').waitFor();
    await caregiver.screenshot({ path: '/tmp/caregiver-review-desktop.png', fullPage: true });

    // 4. The coordinator, with the same discussion open, sees the comment arrive live.
    const arrived = coordinatorPanel.getByRole('button', { name: COMMENT });
    await arrived.waitFor();
    expect(await arrived.textContent()).toContain('Marco Delgado');
    expect(await arrived.textContent()).toContain('Shared with family');

    // Marco may suggest goals: his suggestion joins the shared plan's goals as proposed, for the coordinator to review.
    await caregiver.getByLabel('The goal, in your own words').fill('Cook Sunday lunch with the grandchildren');
    await caregiver.getByRole('button', { name: 'Send suggestion' }).click();
    await caregiver.getByRole('region', { name: 'Suggest a goal' }).getByRole('status').getByText('now shows in the goals as suggested').waitFor();
    await caregiver.locator('#goals').getByRole('heading', { name: 'Cook Sunday lunch with the grandchildren' }).waitFor();

    // On a phone, with larger text: one column, no sideways scrolling, tap targets of at least 44px.
    await caregiver.setViewportSize({ width: 390, height: 844 });
    await caregiver.getByRole('button', { name: 'Larger text' }).click();
    expect(await caregiver.getByRole('button', { name: 'Larger text' }).getAttribute('aria-pressed')).toBe('true');
    expect(await phoneLayoutProblems(caregiver)).toEqual([]);
    await caregiver.screenshot({ path: '/tmp/caregiver-review-phone.png', fullPage: true });
    // Whom to call about Rosa, with a number the phone dials; goals in everyday words, not "Status: active".
    const contact = caregiver.getByRole('region', { name: "Who to call about Rosa's care" });
    await contact.getByText("Rosa's care coordinator is Maya Chen.").waitFor();
    expect(await contact.getByRole('link', { name: 'Call 555-201-3344' }).isVisible()).toBe(true);
    expect(await caregiver.locator('#goals').getByText('We are working on this').count()).toBeGreaterThan(0);
    await caregiver.locator('#goals').getByText('Suggested: the care team will talk it over').waitFor();
    expect(await caregiver.getByText('Status', { exact: true }).count()).toBe(0);

    // Removing the caregiver disconnects them at once: the review page stops showing Rosa's plan.
    coordinator.on('dialog', (dialog) => void dialog.accept());
    await openPatient(coordinator, 'Rosa Delgado');
    await coordinator.getByRole('button', { name: 'Remove Marco Delgado' }).click();
    await caregiver.getByRole('heading', { name: "What Rosa's plan shares with you has changed" }).waitFor();
    expect(await caregiver.getByRole('heading', { name: 'What Rosa wants to work on' }).count()).toBe(0);
    expect(await caregiver.getByText(COMMENT).count()).toBe(0);

    // The link works once: opened again, it says so.
    const again = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    again.setDefaultTimeout(10_000);
    await again.goto(link);
    await again.getByRole('heading', { name: 'This invitation was already used' }).waitFor();
    await again.getByRole('link', { name: 'Sign in instead' }).waitFor();
    await again.screenshot({ path: '/tmp/caregiver-invitation-used.png', fullPage: true });
  }, 90_000);

  it('1. the coordinator withdraws a pending invitation; 2. its link then says it was withdrawn', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signInAs(browser, server.url, 'coordinator');
    coordinator.on('dialog', (dialog) => void dialog.accept());
    await openPatient(coordinator, 'Walter Kim', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByLabel('E-mail').fill('withdrawn@example.org');
    await sharing.getByLabel('Relationship to the patient').fill('neighbor');
    await sharing.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await sharing.getByLabel('Invitation link').inputValue();
    const row = sharing.getByRole('listitem').filter({ hasText: 'withdrawn@example.org' });
    await row.getByRole('button', { name: 'Withdraw the invitation for withdrawn@example.org' }).click();
    await row.getByText('Withdrawn', { exact: true }).waitFor();

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(link);
    await visitor.getByRole('heading', { name: 'This invitation was withdrawn' }).waitFor();
  });

  it('1. the coordinator records consent twice; 2. both versions stay in the history', async () => {
    const coordinator = await signInAs(harness.browser(), harness.server().url, 'coordinator');
    await openPatient(coordinator, 'Walter Kim', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByRole('button', { name: 'Edit consent' }).click();
    const behavioral = sharing.getByRole('group', { name: 'Behavioral health content' });
    await behavioral.getByLabel('Dr. Samuel Okoro').check();
    await sharing.getByLabel('How the patient gave consent').selectOption('written');
    await sharing.getByRole('button', { name: 'Record consent' }).click();
    const first = Number((await sharing.getByText(/Consent recorded as version \d+\./).textContent())?.match(/version (\d+)/)?.[1]);
    await sharing.getByRole('button', { name: 'Edit consent' }).click();
    // Revoking is recording again: a new version, and the earlier one kept.
    await behavioral.getByLabel('Dr. Samuel Okoro').uncheck();
    await sharing.getByRole('button', { name: 'Record consent' }).click();
    await sharing.getByText(`Consent recorded as version ${first + 1}. Earlier versions are kept.`).waitFor();
    await sharing.getByText(`Consent history (${first + 1} versions)`).click();
    const [latest, earlier] = [sharing.locator('.consent-versions > li').nth(0), sharing.locator('.consent-versions > li').nth(1)];
    expect(await latest.textContent()).toContain(`Version ${first + 1}`);
    expect(await latest.textContent()).not.toContain('Dr. Samuel Okoro');
    expect(await earlier.textContent()).toContain(`Version ${first}`);
    expect(await earlier.textContent()).toContain('Dr. Samuel Okoro');
    expect(await earlier.textContent()).toContain('Written, signed form');
    await sharing.screenshot({ path: '/tmp/consent-history.png' });
  });

  it('1. the coordinator shares the plan with Elena; 2. Elena reads it; 3. the patient withdraws consent; 4. Elena is disconnected at once', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signInAs(browser, server.url, 'coordinator');
    await openPatient(coordinator, 'Rosa Delgado', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByRole('button', { name: 'Edit consent' }).click();
    await sharing.getByLabel('May see the shared plan (Elena Delgado)').check();
    await sharing.getByRole('button', { name: 'Record consent' }).click();
    await sharing.getByText(/Consent recorded as version \d+/).waitFor();

    // A family member with one patient lands on that patient's plan review after signing in.
    const elena = await signInAs(browser, server.url, 'caregiver', { width: 390, height: 844 });
    await elena.getByRole('heading', { name: "Rosa's plan", exact: true }).waitFor();
    await elena.getByRole('heading', { name: 'What Rosa wants to work on' }).waitFor();
    await sharing.getByRole('button', { name: 'Edit consent' }).click();

    await sharing.getByLabel('May see the shared plan (Elena Delgado)').uncheck();
    await sharing.getByRole('button', { name: 'Record consent' }).click();
    await elena.getByRole('heading', { name: "What Rosa's plan shares with you has changed" }).waitFor();
    expect(await elena.getByRole('heading', { name: 'What Rosa wants to work on' }).count()).toBe(0);
    await elena.screenshot({ path: '/tmp/elena-access-changed.png', fullPage: true });
  });

  it('shows the server\'s field messages beside the invitation fields', async () => {
    const coordinator = await signInAs(harness.browser(), harness.server().url, 'coordinator');
    await openPatient(coordinator, 'Amara Okafor', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByLabel('E-mail').fill('not-an-address');
    await sharing.getByRole('button', { name: 'Create invitation link' }).click();
    await sharing.getByText('Enter an e-mail address.').waitFor();
    await sharing.getByText('Say how they are related to the patient.').waitFor();
    expect(await sharing.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
  });

  it('a link nobody issued gets a clear page, not an error', async () => {
    const page = await harness.browser().newPage();
    await page.goto(`${harness.server().url}/invite/${'x'.repeat(43)}`);
    await page.getByRole('heading', { name: 'This invitation link is not valid' }).waitFor();
  });
});
