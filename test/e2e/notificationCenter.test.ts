import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { browserHarness, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the notification center', () => {
  const harness = browserHarness();

  it('1. the coordinator mentions the physician; 2. the physician\'s bell counts it live (390 px); 3. the center names who and which patient; 4. opening it shows the discussion and clears the count; 5. e-mail settings on the account page', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const physician = await signInAs(browser, server.url, 'physician', { width: 390, height: 844 });
    await physician.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await physician.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    const coordinator = await signedIn(server.url, 'coordinator');
    const physicianId = ((await (await (await signedIn(server.url, 'physician')).get('/api/me')).json()) as { id: string }).id;
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const socket = connectSocket(server.url, coordinator);
    await whenConnected(socket);
    const answer = await ask(socket, 'note:create', {
      patientId: rosaId, anchor: { kind: 'planItem', audience: 'shared', section: 'goals', itemId: 'g-walk' },
      body: 'Could she walk with a cane by spring?', mentions: [physicianId], idempotencyKey: key(),
    });
    socket.disconnect();
    expect(answer.error).toBeUndefined();

    await physician.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    const item = physician.getByRole('listitem').filter({ hasText: 'Maya Chen mentioned you in a huddle note.' });
    await item.getByText('About Rosa Delgado.').waitFor();
    expect(await axeViolations(physician)).toEqual([]);
    await physician.screenshot({ path: 'test-results/notification-center-390.png', fullPage: true });

    await item.getByRole('button', { name: 'Open' }).click();
    const panel = physician.getByRole('region', { name: 'Huddle notes: the discussion you were notified about' });
    await panel.getByText('Could she walk with a cane by spring?').first().waitFor();
    await physician.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    await physician.goto(`${server.url}/account`);
    const settings = physician.getByRole('region', { name: 'Notifications by e-mail' });
    await settings.getByLabel('When someone mentions me in a huddle note').uncheck();
    await settings.getByLabel('Time of the daily list').fill('06:45');
    await settings.getByRole('button', { name: 'Save notification settings' }).click();
    await settings.getByText('Saved.').waitFor();
    expect(await axeViolations(physician)).toEqual([]);
    await physician.screenshot({ path: 'test-results/notification-settings-390.png', fullPage: true });
    const saved = await (await (await signedIn(server.url, 'physician')).get('/api/account/notification-settings')).json() as { preferences: { emailMentions: boolean; digestTime: string } };
    expect(saved.preferences).toMatchObject({ emailMentions: false, digestTime: '06:45' });
  });
});
