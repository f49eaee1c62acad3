import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/browser';
import { waitFor } from '../support/wait';
import { browserHarness, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the cache of server data', () => {
  const harness = browserHarness();

  it('1. the coordinator sees her Today page and signs out; 2. the physician signs in at the same browser tab: until his own answer arrives, nothing of hers shows', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await signInAs(browser, server.url, 'coordinator');
    const atAGlance = page.getByRole('list', { name: 'At a glance' });
    await atAGlance.waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();

    // Hold the physician's start-page request: whatever Today shows meanwhile can only come from a cache.
    let held = false;
    let release: () => void = () => undefined;
    const answer = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/api/today', async (route) => {
      held = true;
      await answer;
      await route.continue();
    });
    await page.getByLabel('Email').fill('physician@demo.carehuddle.test');
    await page.getByLabel('Password').fill('carehuddle-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await waitFor(async () => held, 'the physician’s request for Today');
    expect(await atAGlance.count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Loading…' }).count()).toBe(1);

    release();
    await atAGlance.waitFor();
  });
});
