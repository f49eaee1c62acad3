import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { browserHarness, openPatient } from './harness';

describe.skipIf(!chromiumAvailable)('browser: automatic sign-off after inactivity', () => {
  const harness = browserHarness();

  it('1. the nurse opens a plan and leaves it; 2. a minute before the sign-out a dialog offers "Stay signed in"; 3. she stays; 4. left alone again the session ends and the page asks her to sign in again in place; 5. she does and carries on; 6. her explicit sign-out removes the offline copies', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 1200, height: 900 } });
    // The page's clock is moved by hand; the server's idle clock is real and is checked at the end.
    await context.clock.install();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${harness.server().url}/signin`);
    await page.getByLabel('Email').fill('nurse@demo.carehuddle.test');
    await page.getByLabel('Password').fill('carehuddle-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await openPatient(page, 'Rosa Delgado');
    await page.getByRole('link', { name: 'Open care plan' }).click();
    await page.getByRole('textbox', { name: 'Plan summary' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('carehuddle.offline-docs'))).not.toBeNull();

    const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await page.clock.fastForward('12:00');
    expect(await dialog.count()).toBe(0);
    await page.clock.fastForward('01:45');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/signed out in \d+ seconds/);

    await page.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.clock.fastForward('12:00');
    expect(await dialog.count()).toBe(0);

    await page.clock.fastForward('01:45');
    await dialog.waitFor();
    await page.clock.fastForward('01:00');
    // The page stays (hidden behind the dialog); the server's session is gone.
    const again = page.getByRole('dialog', { name: 'Sign in again' });
    await again.getByText('You were signed out after 15 minutes without activity.').waitFor();
    expect(page.url()).toContain('/plan');
    expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
    // Unsent work is kept for her until she signs in again or signs out.
    expect(await page.evaluate(() => localStorage.getItem('carehuddle.offline-docs'))).not.toBeNull();

    await again.getByLabel('Password').fill('carehuddle-demo');
    await again.getByRole('button', { name: 'Sign in', exact: true }).click();
    await again.waitFor({ state: 'detached' });
    await page.getByRole('textbox', { name: 'Plan summary' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(await page.evaluate(() => localStorage.getItem('carehuddle.offline-docs'))).toBeNull();
    await context.close();
  });
});
