import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { MEMBER_PASSWORD, signedInMember } from '../support/member';
import { browserHarness, openPatient, signInAs, signInWith } from './harness';

const PHONE = { width: 390, height: 844 };

describe.skipIf(!chromiumAvailable)('browser: the member chooses which family members see their plan', () => {
  const harness = browserHarness();

  it('1. Elena reads Rosa\'s plan; 2. Rosa turns her off on her phone; 3. Elena is cut off at once; 4. the coordinator sees Rosa\'s version; 5. Rosa turns her on again, in Spanish', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinatorApi = await signedIn(server.url, 'coordinator');
    await signedInMember(server.url, coordinatorApi, await patientIdByName(coordinatorApi, 'Rosa Delgado'), 'Rosa Delgado', 'rosa@example.org');

    // 1. Elena, Rosa's daughter, has Rosa's plan open on her phone.
    const elena = await signInAs(browser, server.url, 'caregiver', PHONE);
    await elena.getByRole('heading', { name: 'What Rosa wants to work on' }).waitFor();

    // 2. Rosa signs in on her phone and finds her family on her portal.
    const rosa = await signInWith(browser, server.url, { email: 'rosa@example.org', password: MEMBER_PASSWORD }, PHONE);
    await rosa.getByRole('heading', { name: 'Your care plan', exact: true }).waitFor();
    const card = rosa.getByRole('region', { name: 'Who in your family sees your plan' });
    const elenaSees = card.getByRole('checkbox', { name: 'Elena Delgado can see your plan' });
    await elenaSees.waitFor();
    expect(await elenaSees.isChecked()).toBe(true);
    expect(await axeViolations(rosa)).toEqual([]);
    expect(await rosa.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await elenaSees.uncheck();
    await card.getByRole('button', { name: 'Save my choice' }).click();
    await card.getByRole('status').getByText('Saved. From now on, nobody in your family can see your plan.').waitFor();
    expect(await elenaSees.isChecked()).toBe(false);
    expect(await axeViolations(rosa)).toEqual([]);
    await card.screenshot({ path: '/tmp/member-family-sharing-phone.png' });

    // 3. Elena's page closes the plan without her reloading.
    await elena.getByRole('heading', { name: "What Rosa's plan shares with you has changed" }).waitFor();
    expect(await elena.getByRole('heading', { name: 'What Rosa wants to work on' }).count()).toBe(0);

    // 4. The coordinator finds Rosa's own version in force and in the history.
    const coordinator = await signInAs(browser, server.url, 'coordinator');
    await openPatient(coordinator, 'Rosa Delgado', 'Sharing and consent');
    const sharing = coordinator.getByRole('region', { name: 'Sharing and consent' });
    await sharing.getByText(/^In force: version \d+, given .* · By the patient, in their member portal, recorded by Rosa Delgado\.$/).waitFor();
    await sharing.locator('.consent-current').getByText('Not shared with family').waitFor();
    await sharing.getByText(/^Consent history/).click();
    await sharing.getByRole('listitem').filter({ hasText: 'By the patient, in their member portal' }).first().waitFor();

    // 5. In Spanish, Rosa shares her plan with Elena again; the coordinator's open section shows it without a reload.
    const inForce = sharing.getByText(/^In force: version \d+,/);
    const versionBefore = Number(/version (\d+)/.exec((await inForce.textContent()) ?? '')![1]);
    await rosa.getByRole('button', { name: 'Español' }).click();
    const tarjeta = rosa.getByRole('region', { name: 'Quién de su familia ve su plan' });
    await tarjeta.getByRole('checkbox', { name: 'Elena Delgado puede ver su plan' }).check();
    await tarjeta.getByRole('button', { name: 'Guardar mi elección' }).click();
    await tarjeta.getByRole('status').getByText('Guardado. Desde ahora, solo Elena Delgado puede ver su plan.').waitFor();
    expect(await axeViolations(rosa)).toEqual([]);
    await sharing.getByText(new RegExp(`^In force: version ${versionBefore + 1}, given .* · By the patient, in their member portal`)).waitFor();
    await elena.reload();
    await elena.getByRole('heading', { name: 'What Rosa wants to work on' }).waitFor();
  }, 90_000);
});
