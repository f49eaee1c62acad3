import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: caseloads', () => {
  const harness = browserHarness();

  it('a supervisor reassigns three members from one coordinator to another, who sees them arrive live', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    // 1. Grace (the nurse, who coordinates James Whitfield) has her patients open.
    const grace = await signInAs(browser, server.url, 'nurse');
    await grace.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My patients' }).click();
    const mine = grace.getByRole('table', { name: 'My patients' });
    await mine.getByRole('link', { name: 'James Whitfield' }).waitFor();
    expect(await mine.getByRole('link', { name: 'Walter Kim' }).count()).toBe(0);

    // 2. The supervisor opens Caseloads and chooses Maya Chen's three members.
    const supervisor = await signInAs(browser, server.url, 'supervisor');
    await supervisor.getByRole('link', { name: 'Caseloads' }).click();
    const byCoordinator = supervisor.getByRole('table', { name: 'Caseloads by coordinator' });
    await byCoordinator.getByRole('row', { name: /Maya Chen/ }).waitFor();
    expect(await byCoordinator.getByRole('row', { name: /Maya Chen/ }).getByRole('cell').first().textContent()).toBe('3');
    await supervisor.getByLabel('Show members of').selectOption({ label: 'Maya Chen' });
    const members = supervisor.getByRole('table', { name: 'Enrolled members' });
    await members.getByRole('row', { name: /James Whitfield/ }).waitFor({ state: 'detached' });
    await supervisor.getByLabel('Choose every member shown').check();
    await supervisor.getByText('3 members chosen.').waitFor();

    // 3. An empty note is answered with a sentence beside the field.
    await supervisor.getByLabel('New lead coordinator').selectOption({ label: 'Grace Miller, RN' });
    await supervisor.getByRole('button', { name: 'Reassign' }).click();
    await supervisor.getByText('Write a note for the new coordinator.').waitFor();
    expect(await axeViolations(supervisor)).toEqual([]);

    // 4. With a note, the three move; Maya's row goes and Grace leads four.
    await supervisor.getByLabel('Note to the new coordinator').fill('Maya is on leave; please call each of them this week.');
    await supervisor.getByRole('button', { name: 'Reassign' }).click();
    await supervisor.getByText('Grace Miller, RN now leads 3 more members.', { exact: false }).waitFor();
    await byCoordinator.getByRole('row', { name: /Maya Chen/ }).waitFor({ state: 'detached' });
    expect(await byCoordinator.getByRole('row', { name: /Grace Miller/ }).getByRole('cell').first().textContent()).toBe('4');

    // 5. Grace sees them arrive without reloading, with herself as their coordinator.
    for (const name of ['Rosa Delgado', 'Walter Kim', 'Amara Okafor']) {
      await mine.getByRole('row', { name: new RegExp(`${name}.*Grace Miller`) }).waitFor();
    }
    await supervisor.screenshot({ path: 'test-results/caseloads.png', fullPage: true });
    await grace.screenshot({ path: 'test-results/caseloads-arrived.png', fullPage: true });
  });

  it('the caseloads page and the enrollment panel fit a 390 px phone and stay accessible', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const supervisor = await signInAs(browser, server.url, 'supervisor', { width: 390, height: 844 });
    await supervisor.getByRole('link', { name: 'Caseloads' }).click();
    await supervisor.getByRole('table', { name: 'Enrolled members' }).getByRole('row', { name: /Walter Kim/ }).waitFor();
    await supervisor.screenshot({ path: 'test-results/caseloads-390.png', fullPage: true });
    expect(await supervisor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(supervisor)).toEqual([]);

    const coordinator = await signInAs(browser, server.url, 'nurse', { width: 390, height: 844 });
    await openPatient(coordinator, 'James Whitfield');
    const panel = coordinator.getByRole('region', { name: 'Enrollment' });
    await panel.getByText('Enrolled now.').waitFor();
    await panel.getByRole('button', { name: 'Disenroll' }).click();
    await panel.getByText('Choose one of the options', { exact: false }).waitFor();
    expect(await axeViolations(coordinator, [panel])).toEqual([]);
    await panel.getByLabel('Reason').selectOption('declined');
    // The organization's calendar day (the server reckons dates in America/New_York; the browser runs in UTC).
    await panel.getByLabel('Last day').fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date()));
    await panel.getByRole('button', { name: 'Disenroll' }).click();
    await panel.getByText('Not enrolled now', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Re-enroll' }).waitFor();
    await coordinator.screenshot({ path: 'test-results/enrollment-390.png', fullPage: true });
    // The panel itself fits (the coordination section above it is wider at 390 px already: not this page's part).
    expect(await panel.evaluate((e) => Math.max(e.getBoundingClientRect().right, ...Array.from(e.querySelectorAll('*')).map((c) => c.getBoundingClientRect().right)))).toBeLessThanOrEqual(390);
  });
});
