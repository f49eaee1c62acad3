import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { failingStore, type FailingStore } from '../support/failingStore';
import { startTestServer, type TestServer } from '../support/server';
import { openPlanOf, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: the plan tells the truth while the store is down', () => {
  let server: TestServer;
  let browser: Browser;
  let store: FailingStore;
  beforeAll(async () => {
    store = failingStore(openSqliteStore(mkdtempSync(join(tmpdir(), 'carehuddle-outage-ui-'))));
    server = await startTestServer({ store });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. edits save; 2. the store fails: "Not saved yet"; 3. it recovers: "Saved" again', async () => {
    const page = await openPlanOf(await signInAs(browser, server.url, 'coordinator'), 'Amara Okafor');
    const status = page.getByTestId('save-status');
    await page.getByRole('textbox', { name: 'Plan summary' }).click();
    await page.keyboard.type('Prefers morning appointments.');
    await status.getByText('Saved').waitFor();

    store.down = true;
    await page.keyboard.type(' Daughter drives her.');
    await status.getByText('Not saved yet', { exact: false }).waitFor({ timeout: 15_000 });

    store.down = false;
    await status.getByText('Saved', { exact: true }).waitFor({ timeout: 15_000 });
  });
});
