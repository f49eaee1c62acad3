import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

/** Violations axe-core finds on the page as it stands. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Through the devtools protocol, which the app's Content-Security-Policy (rightly) does not let a script tag do.
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => (await (window as unknown as { axe: typeof axe }).axe.run()).violations.map((v) => `${v.id}: ${v.help}`));
  return result;
}

describe.skipIf(!chromiumAvailable)('browser: the admission alert review queue', () => {
  const harness = browserHarness();

  it('1. the coordinator finds the unmatched demo discharge; 2. matching needs a member; 3. matched, it leaves the queue and starts the follow-up', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    // A phone-width screen: the queue must work at 390 px.
    const coordinator = await signInAs(browser, server.url, 'coordinator', { width: 390, height: 844 });
    await coordinator.getByRole('link', { name: 'Alerts' }).click();
    await coordinator.getByRole('heading', { name: 'Admission alerts to review' }).waitFor();
    const card = coordinator.getByRole('article', { name: /Discharge — No enrolled member matches this person\./ });
    await card.getByText('JOHNSON', { exact: false }).first().waitFor();
    expect(await card.textContent()).toContain('MARIE JOHNSON, born Jun 12, 1951, member number MBR-109999');
    await card.getByText('Message as received').click();
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await coordinator.screenshot({ path: 'test-results/admission-alerts-390.png', fullPage: true });

    await card.getByRole('button', { name: 'Match and apply' }).click();
    await card.getByText('Choose the member this alert is about.').waitFor();
    await card.getByLabel('Member').selectOption({ label: 'Amara Okafor' });
    await card.getByRole('button', { name: 'Match and apply' }).click();
    await coordinator.getByText('No alerts are waiting.').waitFor();

    await openPatient(coordinator, 'Amara Okafor', 'Coordination');
    await coordinator.getByRole('region', { name: 'Coordination' }).getByText('Follow-up after discharge from St. Mary Medical Center').waitFor();
  });
});
