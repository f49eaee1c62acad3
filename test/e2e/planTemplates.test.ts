import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

/** Opens the needs → goals → interventions tab of a patient's plan. */
async function openTree(page: Page, patientName: string): Promise<void> {
  await openPatient(page, patientName);
  await page.getByRole('link', { name: 'Open care plan' }).click();
  await page.getByRole('tab', { name: 'Needs, goals and interventions' }).click();
  await page.getByRole('heading', { name: 'Needs, goals and interventions' }).waitFor();
}

describe.skipIf(!chromiumAvailable)('browser: a coordinator builds a plan from a template', () => {
  const harness = browserHarness();

  it('1. the coordinator previews "Heart failure" and unticks a goal (and so its tasks) and one more task; 2. adds the rest; 3. the tree shows them, and the physician sees them live', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const physician = await signInAs(browser, server.url, 'physician');
    await openTree(physician, 'Amara Okafor');
    await physician.getByText('No needs recorded yet.').waitFor();
    expect(await physician.getByRole('heading', { name: 'Start from a template' }).count()).toBe(0);

    const coordinator = await signInAs(browser, server.url, 'coordinator', { width: 390, height: 900 });
    await openTree(coordinator, 'Amara Okafor');
    await coordinator.getByLabel('Template', { exact: true }).selectOption({ label: 'Heart failure' });
    const preview = coordinator.getByRole('group', { name: 'What it adds' });
    await preview.waitFor();
    await preview.getByLabel(/Take my heart medicines/).uncheck();
    await preview.getByLabel(/Make sure there is a working scale/).uncheck();
    expect(await preview.getByLabel(/Set up a pill organizer/).isChecked()).toBe(false);
    const add = coordinator.getByRole('button', { name: 'Add 1 need, 1 goal and 1 intervention to the plan' });
    await add.waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.screenshot({ path: '/tmp/template-preview-390.png', fullPage: true });
    await add.click();
    await coordinator.getByRole('status').filter({ hasText: 'Added 1 need, 1 goal and 1 intervention from “Heart failure” (version 1) to the plan.' }).waitFor();

    const tree = coordinator.getByRole('region', { name: 'Needs, goals and interventions' });
    await tree.getByRole('heading', { name: /Heart failure: risk of fluid build-up/ }).waitFor();
    await tree.getByText('Weigh myself every morning and know when to call', { exact: true }).waitFor();
    await tree.getByText('Teach daily weights, symptom diary and when to call (teach-back)', { exact: true }).waitFor();
    expect(await tree.getByText('Take my heart medicines', { exact: true }).count()).toBe(0);

    await physician.getByRole('region', { name: 'Needs, goals and interventions' }).getByText('Weigh myself every morning and know when to call', { exact: true }).waitFor();
    expect(await axeViolations(physician)).toEqual([]);
    await coordinator.screenshot({ path: '/tmp/template-tree-390.png', fullPage: true });
    await physician.screenshot({ path: '/tmp/template-tree-physician.png', fullPage: true });
  });

  it("shows a member's own goal that no need links to as unlinked, and links it from the tree", async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signInAs(browser, server.url, 'coordinator');
    await openTree(coordinator, 'Walter Kim');
    const unlinked = coordinator.getByRole('region', { name: 'Goals not linked to a need' });
    await unlinked.getByText('Walk 30 minutes after dinner, five days a week', { exact: true }).waitFor();
    await coordinator.screenshot({ path: '/tmp/template-tree-walter.png', fullPage: true });
    await unlinked.getByLabel(/Need that “Walk 30 minutes/).selectOption({ label: 'Type 2 diabetes above target' });
    const tree = coordinator.getByRole('region', { name: 'Needs, goals and interventions' });
    await tree.getByText('Walk 30 minutes after dinner, five days a week', { exact: true }).waitFor();
    await unlinked.getByText('Every goal addresses a need.').waitFor();
  });

  it('an organization admin edits a template into a new version; a goal without a target is refused with a sentence beside it', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const admin = await signInAs(browser, server.url, 'admin');
    await admin.getByRole('link', { name: 'Plan templates' }).click();
    await admin.getByRole('button', { name: 'Edit COPD' }).click();
    const editor = admin.getByRole('form', { name: /Edit “COPD”/ });
    await editor.getByLabel('Target (what is measured)').first().fill('');
    await editor.getByLabel('Target date (days after applying)').first().fill('');
    await editor.getByRole('button', { name: 'Save as a new version' }).click();
    await editor.getByText('Give each goal a target or a target date, so that it can be measured.').waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await admin.screenshot({ path: '/tmp/template-editor-error.png', fullPage: true });
    await editor.getByLabel('Target date (days after applying)').first().fill('60');
    await editor.getByRole('button', { name: 'Save as a new version' }).click();
    await admin.getByRole('status').filter({ hasText: 'Saved “COPD”, version 2.' }).waitFor();
  });
});
