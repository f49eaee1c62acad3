import { COLLAB_PATH } from '@carehuddle/shared';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Socket } from 'node:net';
import type { Logger } from '../logger';
import { describeError } from '../processGuards';
import { isCollabPath } from '../realtime/collab/upgradeGate';
import type { RefusedUpgradeAudit } from '../realtime/refusedUpgradeAudit';
import { addressOf, type AddressLimits } from './addressLimits';

/** Engine.IO serves everything under this prefix (Socket.IO's `path` plus the slash Engine.IO adds). */
export const SOCKET_IO_PREFIX = '/socket.io/';

/** The pathname of a request target, without its query. */
const pathOf = (url: string | undefined): string => (url ?? '/').split('?')[0]!;

/** Whether a plain request targets the Yjs endpoint (told to upgrade instead of reaching Express). */
export const isCollabTarget = (url: string | undefined): boolean => {
  const path = pathOf(url);
  return path === COLLAB_PATH || path.startsWith(`${COLLAB_PATH}/`);
};

/** Whether a path belongs to Socket.IO (matched exactly as Engine.IO matches it). */
export const isSocketIoTarget = (url: string | undefined): boolean => (url ?? '').startsWith(SOCKET_IO_PREFIX);

/** Answers a plain request in the one error shape, without Express. */
function answer(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(JSON.stringify({ error: { code, message } }));
}

/** Refuses an upgrade before any websocket exists: a short HTTP answer, then the socket is closed. */
function refuseUpgrade(socket: Duplex, status: string, extra = ''): void {
  socket.once('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n${extra}\r\n`);
}

/** What the gate needs: the Express app, the per-address limits and where refusals are audited. */
export interface ServerEventDeps {
  app: RequestListener;
  limits: AddressLimits;
  refusals: RefusedUpgradeAudit;
  logger: Logger;
}

/**
 * Puts one gate in front of the HTTP server's `connection`, `request` and
 * `upgrade` events. Express sees only its own paths (Engine.IO answers
 * `/socket.io/` alone, so two responders never race for one request); every
 * upgrade is answered (Yjs, Socket.IO, or refused and closed); connections and
 * upgrade attempts are budgeted per address; and an exception thrown while a
 * listener handles one request ends that request, not the process.
 */
export function guardServerEvents(server: Server, deps: ServerEventDeps): void {
  const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
  const contain = (what: string, error: unknown) => deps.logger.error({ err: describeError(error) }, `${what} handler failed`);

  const onRequest = (req: IncomingMessage, res: ServerResponse): boolean => {
    try {
      if (isCollabTarget(req.url)) {
        answer(res, 426, 'validation_failed', 'The collaboration endpoint speaks websockets only.', { upgrade: 'websocket', connection: 'Upgrade' });
      } else if (isSocketIoTarget(req.url)) {
        if (req.method !== 'GET' && req.method !== 'POST') answer(res, 405, 'validation_failed', 'Socket.IO accepts GET and POST only.', { allow: 'GET, POST' });
        else emit('request', req, res);
      } else {
        deps.app(req, res);
      }
    } catch (error) {
      contain('request', error);
      if (!res.headersSent) answer(res, 500, 'internal', 'Something went wrong on our side.');
      else res.destroy();
    }
    return true;
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    try {
      const ip = addressOf(req.socket);
      if (!deps.limits.admitUpgrade(ip)) {
        deps.refusals.refused({ actor: null, ip, action: 'E', type: 'realtime.refused', resourceType: 'Connection', outcome: 'denied', reason: 'too many upgrade attempts' });
        refuseUpgrade(socket, '429 Too Many Requests', `Retry-After: ${deps.limits.retryAfterSeconds()}\r\n`);
      } else if (!isCollabPath(req.url) && !isSocketIoTarget(req.url)) {
        // The same predicates the endpoints use, so an upgrade passed on is one they answer.
        refuseUpgrade(socket, '404 Not Found');
      } else {
        emit('upgrade', req, socket, head);
      }
    } catch (error) {
      contain('upgrade', error);
      socket.destroy();
    }
    return true;
  };

  server.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'connection') {
      const socket = args[0] as Socket;
      if (!deps.limits.admitConnection(socket)) {
        socket.destroy();
        return true;
      }
    }
    if (event === 'request') return onRequest(args[0] as IncomingMessage, args[1] as ServerResponse);
    if (event === 'upgrade') return onUpgrade(args[0] as IncomingMessage, args[1] as Duplex, args[2] as Buffer);
    return emit(event, ...args);
  }) as Server['emit'];
}
