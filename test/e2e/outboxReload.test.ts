import type { Thread } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness, outboxEntryCount } from './harness';
import { planWithSocketSwitch } from './socketSwitch';

describe.skipIf(!chromiumAvailable)('browser: the outbox keeps unsent notes across a reload', () => {
  const harness = browserHarness();

  it('1. offline, the physician writes a note and reloads the page; 2. the note is still there, not sent yet; 3. online again it is sent once; 4. another unsent note makes sign-out ask, and discarding it signs her out', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const { context, sockets, page, panel } = await planWithSocketSwitch(browser, server.url, 'physician@demo.carehuddle.test', 'Rosa Delgado', { width: 390, height: 844 });

    // 1. Offline: the note waits; the page is reloaded.
    await sockets.off();
    const body = `Lisinopril stopped after the ER visit ${Date.now()}`;
    await panel.getByLabel('New note').fill(body);
    await panel.getByRole('button', { name: 'Send' }).last().click();
    await panel.getByText('Not sent yet. It is kept on this device').waitFor();
    await page.reload();

    // 2. Still there after the reload, with retry and discard.
    const pending = panel.locator('.pending-note', { hasText: body });
    await pending.getByText('Not sent yet.').waitFor();
    await pending.getByRole('button', { name: 'Discard this note' }).waitFor();
    expect(await axeViolations(page, [panel])).toEqual([]);

    // 3. Online again: sent by itself, once.
    sockets.on();
    await panel.locator('.thread-row').getByText(body).waitFor({ timeout: 30_000 });
    await pending.waitFor({ state: 'detached' });
    const api = await signedIn(server.url, 'physician');
    const rosaId = await patientIdByName(api, 'Rosa Delgado');
    const { threads } = (await (await api.get(`/api/patients/${rosaId}/threads?limit=100`)).json()) as { threads: Thread[] };
    expect(threads.flatMap((t) => t.notes).filter((n) => n.body === body)).toHaveLength(1);

    // 4. Another note waits; signing out asks first.
    await sockets.off();
    const second = `Ask about dizziness ${Date.now()}`;
    await panel.getByLabel('New note').fill(second);
    await panel.getByRole('button', { name: 'Send' }).last().click();
    await panel.locator('.pending-note', { hasText: second }).getByText('Not sent yet.').waitFor();
    // At 390 px the sign-out button may sit in a menu on other branches; here it is in the top bar.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Not sent yet' });
    await ask.getByText('1 note is not sent yet.').waitFor();
    await ask.getByRole('button', { name: 'Stay signed in' }).click();
    await ask.waitFor({ state: 'detached' });
    await panel.locator('.pending-note', { hasText: second }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await ask.getByRole('button', { name: 'Discard and sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    expect(await outboxEntryCount(page)).toBe(0);
    await context.close();
  }, 120_000);
});
