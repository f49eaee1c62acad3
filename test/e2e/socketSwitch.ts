import type { Browser, BrowserContext, WebSocketRoute } from 'playwright-core';
import { openPlanOf } from './harness';

/**
 * Puts the page's Socket.IO connections (notes, live signals) behind a switch:
 * while off, every connection is closed as it opens — the network is down for
 * them — and the plan's websocket and HTTP are left alone. Installed before the page opens.
 */
export async function socketSwitch(context: BrowserContext): Promise<{ off: () => Promise<void>; on: () => void }> {
  let blocked = false;
  const open: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (blocked) {
      void ws.close();
      return;
    }
    ws.connectToServer();
    open.push(ws);
  });
  return {
    async off() {
      blocked = true;
      await Promise.all(open.splice(0).map((ws) => ws.close()));
    },
    on() {
      blocked = false;
    },
  };
}

/**
 * Signs someone in on a page whose Socket.IO connections are behind a switch,
 * opens a patient's plan and waits for its notes to be connected.
 */
export async function planWithSocketSwitch(browser: Browser, serverUrl: string, email: string, patientName: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const sockets = await socketSwitch(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${serverUrl}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('carehuddle-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await openPlanOf(page, patientName);
  const panel = page.getByRole('region', { name: 'Huddle notes: the whole plan' });
  await panel.getByText('Reconnecting…').waitFor({ state: 'detached' });
  return { context, sockets, page, panel };
}
