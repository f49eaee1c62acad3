import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness, signInAs } from './harness';
import { daysFromNow } from '../support/when';

/** Opens Walter Kim's plan from the conference, as an attendee would. */
async function openPlanInConference(browser: Browser, url: string, account: string, conferenceId: string): Promise<Page> {
  const page = await signInAs(browser, url, account, { width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Conferences' }).click();
  await page.getByRole('link', { name: 'Tuesday huddle' }).click();
  await page.getByRole('link', { name: "Open Walter Kim's plan" }).click();
  await page.getByRole('textbox', { name: 'Plan summary' }).waitFor();
  if (!page.url().includes(`conference=${conferenceId}`)) throw new Error('not opened from the conference');
  return page;
}

describe.skipIf(!chromiumAvailable)('browser: a huddle note anchored to a goal', () => {
  const harness = browserHarness();

  it('1. coordinator and physician join a conference and open the plan from it; 2. the coordinator posts a note on a goal; 3. the physician sees it live next to that goal', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const api = await signedIn(server.url, 'coordinator');
    const walterId = await patientIdByName(api, 'Walter Kim');
    const physicianId = (await (await (await signedIn(server.url, 'physician')).get('/api/me')).json()).id;
    const conference = await (await api.post('/api/conferences', {
      title: 'Tuesday huddle', scheduledFor: daysFromNow(4), agenda: [{ patientId: walterId, topic: 'Medication review' }], inviteeIds: [physicianId],
    })).json();
    const coordinator = await openPlanInConference(browser, server.url, 'coordinator', conference.id);
    const physician = await openPlanInConference(browser, server.url, 'physician', conference.id);
    await physician.getByRole('region', { name: 'Conference' }).getByText('Tuesday huddle').waitFor();

    await coordinator.getByRole('button', { name: "Add to The person's goals" }).click();
    await coordinator.locator('#goals .plan-item-title').first().fill('Walk to church on Sundays');
    await physician.locator('#goals .plan-item-title').first().and(physician.locator('[value="Walk to church on Sundays"]')).waitFor();

    await coordinator.getByRole('button', { name: 'Discuss Walk to church on Sundays' }).click();
    await coordinator.getByRole('region', { name: 'Huddle notes: Walk to church on Sundays' }).waitFor();
    const newNote = coordinator.getByRole('combobox', { name: 'New note' });
    await newNote.fill('Her knee pain is the blocker — **PT referral**? <script>alert(1)</script> ');
    await newNote.pressSequentially('@Sam');
    await coordinator.getByRole('option', { name: /Dr. Samuel Okoro/ }).click();
    await coordinator.getByRole('button', { name: 'Send' }).first().click();
    // The stored note renders its markdown once opened; the pending copy shown meanwhile is plain text.
    const coordPanel = coordinator.getByRole('region', { name: 'Huddle notes: Walk to church on Sundays' });
    await coordPanel.getByRole('button', { name: 'Her knee pain is the blocker' }).click();
    await coordPanel.locator('strong', { hasText: 'PT referral' }).waitFor();

    await physician.locator('.toast').getByText('Maya Chen mentioned you in a note about Walter Kim.').waitFor();
    const discuss = physician.getByRole('button', { name: 'Discuss (1) Walk to church on Sundays' });
    await discuss.waitFor();
    await discuss.click();
    const panel = physician.getByRole('region', { name: 'Huddle notes: Walk to church on Sundays' });
    await panel.getByRole('button', { name: 'Her knee pain is the blocker' }).click();
    await panel.getByText('<script>alert(1)</script>').first().waitFor();
    await panel.locator('strong', { hasText: 'PT referral' }).waitFor();
    // The mention reads as the person's name, never an id.
    await panel.locator('strong.mention', { hasText: '@Dr. Samuel Okoro' }).waitFor();

    // The author edits; the earlier text stays on the record.
    await coordPanel.getByRole('button', { name: 'Edit' }).click();
    await coordPanel.getByLabel('Edit note').fill('Knee pain is the blocker: PT referral?');
    await coordPanel.getByRole('button', { name: 'Save' }).click();
    await panel.locator('.note-body', { hasText: 'Knee pain is the blocker: PT referral?' }).waitFor();
    await panel.getByText('1 earlier version kept').waitFor();

    // Text direction follows the content: an Arabic note reads right to left on the other screen.
    const arabic = 'المريضة تحتاج إلى موعد متابعة';
    await coordPanel.getByLabel('New note').fill(arabic);
    await coordPanel.getByRole('button', { name: 'Send' }).first().click();
    await panel.getByText(arabic).waitFor();
    expect(await panel.getByText(arabic).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await panel.getByRole('button', { name: arabic }).click();
    expect(await panel.locator('.note-body', { hasText: arabic }).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    // 4. The coordinator presents; the physician, following, is told what is shown.
    await coordinator.getByLabel("Present what I'm viewing").check();
    await coordinator.locator('#goals .plan-item-title').first().focus();
    await physician.getByRole('region', { name: 'Conference' }).getByText('Maya Chen is presenting goals').waitFor();
  }, 90_000);
});
