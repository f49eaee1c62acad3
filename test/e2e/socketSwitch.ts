import type { BrowserContext, WebSocketRoute } from 'playwright-core';

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
