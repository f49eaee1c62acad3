import type { ScreeningAnswers } from '@carehuddle/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { signedIn } from '../support/http';
import { LOW_RISK_ANSWERS, PHQ9_14 } from '../support/screeningAnswers';
import { browserHarness, openPatient, signInAs } from './harness';

/** Answers questions the way a person does: clicks the options, types the numbers. */
async function answer(page: Page, answers: ScreeningAnswers): Promise<void> {
  for (const [linkId, value] of Object.entries(answers)) {
    if (typeof value === 'number') await page.locator(`#q-${linkId}`).fill(String(value));
    else for (const code of Array.isArray(value) ? value : [value ?? '']) await page.locator(`input[name="q-${linkId}"][value="${code}"]`).check();
  }
}
const pick = (keys: (k: string) => boolean): ScreeningAnswers => Object.fromEntries(Object.entries(LOW_RISK_ANSWERS).filter(([k]) => keys(k)));

describe.skipIf(!chromiumAvailable)('browser: a screening co-administered live', () => {
  const harness = browserHarness();

  // About 40 answers typed by two people in two browsers: on a loaded machine this takes longer than the default 30 s.
  it('1. a coordinator and a community health worker fill in one screening together; 2. it yields High with reasons; 3. two flags become needs; 4. the screening deadline closes', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    // A new member, enrolled 35 days ago (the screening is overdue), with the community health worker on the team.
    const api = await signedIn(server.url, 'coordinator');
    const enrolledOn = new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 10);
    const patient = await (await api.post('/api/patients', { name: 'Ida Brown', dateOfBirth: '1950-02-02', memberNumber: 'MBR-7001', enrollmentDate: enrolledOn })).json() as { id: string };
    const staff = (await (await api.get('/api/staff')).json()).users as Array<{ id: string; name: string }>;
    const chwId = staff.find((u) => u.name === 'Tasha Brooks')!.id;
    expect((await api.post(`/api/patients/${patient.id}/care-team`, { userId: chwId, role: 'community_health_worker' })).status).toBe(201);

    const coordinator = await signInAs(browser, server.url, 'coordinator');
    await coordinator.getByRole('link', { name: 'Worklist' }).click();
    const worklist = coordinator.getByRole('table', { name: 'My worklist' });
    await worklist.locator('tbody tr').filter({ hasText: 'Ida Brown' }).filter({ hasText: 'Health screening' }).waitFor();

    // 1. The coordinator starts the screening on the phone; the health worker joins it in the member's home.
    await coordinator.goto(`${server.url}/patients/${patient.id}`);
    await coordinator.getByRole('button', { name: 'Start a screening' }).click();
    await coordinator.getByRole('heading', { name: 'Health screening for Ida Brown' }).waitFor();
    const chw = await signInAs(browser, server.url, 'chw', { width: 390, height: 844 });
    await openPatient(chw, 'Ida Brown');
    await chw.getByRole('button', { name: 'Join the screening in progress' }).click();
    await chw.getByRole('heading', { name: 'Health screening for Ida Brown' }).waitFor();
    await coordinator.getByRole('list', { name: 'People in this screening now' }).getByText('Tasha Brooks').waitFor();
    await chw.getByRole('list', { name: 'People in this screening now' }).getByText('Maya Chen').waitFor();

    // 2. Each answers their part; each sees the other's answers, and who gave them.
    await answer(coordinator, { ...pick((k) => k.startsWith('hra-')), 'hra-admissions': 2 });
    await expect.poll(() => chw.locator('#q-hra-admissions').inputValue()).toBe('2');
    await answer(chw, { ...pick((k) => k.startsWith('hrsn-')), ...PHQ9_14 });
    await expect.poll(() => coordinator.locator('input[name="q-phq-9"][value="0"]').isChecked()).toBe(true);
    await coordinator.locator('[data-link-id="phq-1"]').getByText('Answered by Tasha Brooks').waitFor();
    await chw.locator('[data-link-id="hra-admissions"]').getByText('Answered by Maya Chen').waitFor();
    await chw.screenshot({ path: 'test-results/screening-live-390.png', fullPage: false });
    expect(await axeViolations(chw)).toEqual([]);

    // 3. Completing with the functional questions unanswered is refused beside each question.
    await coordinator.getByRole('button', { name: 'Complete screening' }).click();
    await coordinator.locator('[data-link-id="adl-bathing"]').getByText('Answer "Bathing"').waitFor();
    await answer(coordinator, pick((k) => k.startsWith('adl-') || k.startsWith('iadl-')));
    await coordinator.getByTestId('save-status').getByText('Saved').waitFor();
    await coordinator.getByRole('button', { name: 'Complete screening' }).click();

    // 4. Both pages turn to the result: High, with its reasons.
    for (const page of [coordinator, chw]) await page.getByTestId('risk-summary').getByText('High: 2 admissions in 12 months; PHQ-9 = 14').waitFor();
    await coordinator.screenshot({ path: 'test-results/screening-result.png', fullPage: true });
    expect(await axeViolations(coordinator)).toEqual([]);

    // 5. The two flags are proposed needs; the coordinator accepts both into the clinical plan, and accepts the risk level.
    const needs = coordinator.getByRole('region', { name: 'Proposed needs' });
    expect(await needs.locator('li').count()).toBe(2);
    await needs.getByRole('button', { name: 'Accept need: 2+ admissions in 12 months' }).click();
    await needs.getByText('Accepted by Maya Chen').waitFor();
    await needs.getByRole('button', { name: 'Accept need: PHQ-9 ≥ 10' }).click();
    await expect.poll(() => needs.getByText('Accepted by Maya Chen').count()).toBe(2);
    await coordinator.getByRole('button', { name: 'Set risk level' }).click();
    await coordinator.goto(`${server.url}/patients/${patient.id}`);
    await coordinator.getByRole('table', { name: 'Risk level history' }).getByText('Health screening: High: 2 admissions in 12 months; PHQ-9 = 14').waitFor();

    // 6. The screening deadline is closed: it leaves the worklist.
    await coordinator.getByRole('link', { name: 'Worklist' }).click();
    await worklist.locator('tbody tr').first().waitFor();
    expect(await worklist.locator('tbody tr').filter({ hasText: 'Ida Brown' }).filter({ hasText: 'Health screening' }).count()).toBe(0);
  }, 120_000);
});
