import type { Thread } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness } from './harness';
import { planWithSocketSwitch } from './socketSwitch';

describe.skipIf(!chromiumAvailable)('browser: the session ends while a note waits, and the person signs in again in place', () => {
  const harness = browserHarness();

  it('1. the coordinator writes a note while offline; 2. her session is ended on the server; 3. back online, a dialog asks her to sign in on the same page; 4. she does; 5. the note is sent, exactly once', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const { context, sockets, page, panel } = await planWithSocketSwitch(browser, server.url, 'coordinator@demo.carehuddle.test', 'Rosa Delgado', { width: 1200, height: 900 });

    // 1. The connection drops; the note waits on this device.
    await sockets.off();
    await panel.getByText('Reconnecting…').waitFor();
    const body = `Pharmacy called back: refill ready Friday ${Date.now()}`;
    await panel.getByLabel('New note').fill(body);
    await panel.getByRole('button', { name: 'Send' }).last().click();
    await panel.getByText('Not sent yet. It is kept on this device').waitFor();

    // 2. Her session ends on the server (as an expiry or a sign-out elsewhere would end it).
    const api = await signedIn(server.url, 'coordinator');
    const me = (await (await api.get('/api/me')).json()) as { id: string };
    await server.services.store.sessions.deleteForUser(me.id);

    // 3. The connection is back; the server refuses it for want of a session, and the page asks her to sign in.
    sockets.on();
    const dialog = page.getByRole('dialog', { name: 'Sign in again' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByLabel('Email').inputValue()).toBe('coordinator@demo.carehuddle.test');
    expect(await page.locator('.session-content').getAttribute('inert')).not.toBeNull();
    expect(await axeViolations(page, [dialog])).toEqual([]);

    // A wrong password is said beside the field; the page stays.
    await dialog.getByLabel('Password').fill('not-her-password');
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.locator('#signin-again-password-error').waitFor();
    expect(page.url()).toContain('/plan');

    // 4. She signs in; 5. the note goes out by itself.
    await dialog.getByLabel('Password').fill('carehuddle-demo');
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.locator('.thread-row').getByText(body).waitFor();
    await panel.locator('.pending-note').waitFor({ state: 'detached' });

    const again = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(again, 'Rosa Delgado');
    const { threads } = (await (await again.get(`/api/patients/${rosaId}/threads?limit=100`)).json()) as { threads: Thread[] };
    expect(threads.flatMap((t) => t.notes).filter((n) => n.body === body)).toHaveLength(1);
    await context.close();
  }, 120_000);
});
