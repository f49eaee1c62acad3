import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: program measures', () => {
  const harness = browserHarness();

  it("a measure's number clicks through to its members", async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    // 1. The coordinator opens the measures of her caseload from the navigation.
    const coordinator = await signInAs(browser, server.url, 'coordinator');
    await coordinator.getByRole('link', { name: 'Measures' }).click();
    const card = coordinator.getByRole('region', { name: 'Health screening within 30 days of enrollment' });
    const byMonth = card.getByRole('table', { name: 'Health screening within 30 days of enrollment: by month' });
    await byMonth.waitFor();
    // The demo members she leads (Rosa, Walter, Amara) were all screened in time.
    await card.getByText('100% — 3 of 3 counted').waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.screenshot({ path: 'test-results/measures-desktop.png', fullPage: true });

    // 2. She clicks the numerator of the month Rosa Delgado enrolled in (120 days ago in the demo).
    const metLinks = byMonth.getByRole('link', { name: /^[1-9]\d* met, / });
    expect(await metLinks.count()).toBeGreaterThan(0);
    const monthsWithMembers = await metLinks.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')));
    const rosaMonth = await server.services.store.patients.findManyByIds((await server.services.store.measureFacts.members(null)).map((m) => m.patientId))
      .then((patients) => patients.find((p) => p.name === 'Rosa Delgado')!.enrollmentDate.slice(0, 7));
    const label = monthsWithMembers.find((l) => l?.includes(rosaMonth))!;
    const count = Number(label.split(' ')[0]);
    await byMonth.getByRole('link', { name: label }).click();

    // 3. The members behind the number: as many as it said, Rosa among them, each shown audited.
    await coordinator.getByRole('heading', { name: 'Health screening within 30 days of enrollment' }).waitFor();
    const members = coordinator.getByRole('table', { name: 'Members behind the number' });
    await members.getByText('Rosa Delgado').waitFor();
    expect(await members.locator('tbody tr').count()).toBe(count);
    expect(await members.locator('tbody tr').first().textContent()).toContain('Met');
    expect(await axeViolations(coordinator)).toEqual([]);
    const rosaId = (await server.services.store.patients.findByMemberNumber('MBR-100234'))!.id;
    const trail = await server.services.store.audit.list({ patientId: rosaId, limit: 10_000 });
    expect(trail.some((r) => r.type === 'measures.members' && r.outcome === 'success')).toBe(true);

    // 4. At 390 px the page still reads, and a physician who coordinates no one is told why there is nothing.
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await coordinator.getByRole('link', { name: 'Back to the measures' }).click();
    await card.getByText('100% — 3 of 3 counted').waitFor();
    await coordinator.screenshot({ path: 'test-results/measures-390.png', fullPage: false });
    const physician = await signInAs(browser, server.url, 'physician');
    await physician.getByRole('link', { name: 'Measures' }).click();
    await physician.getByRole('alert').getByText('Program measures are for organization admins and, for their own caseload, care coordinators.').waitFor();
  }, 120_000);
});
