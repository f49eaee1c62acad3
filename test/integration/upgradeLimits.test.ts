import { planDocumentName } from '@carehuddle/shared';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AuditRecord } from '../../server/src/storage/records';
import { connectPlan, whenClosed } from '../support/collab';
import { signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';

/** The attacker's own loopback address, so that its budget is not the one the tests' other clients use. */
const ATTACKER = '127.0.0.2';

/** A raw TCP connection from the attacker's address that records what it hears and when it closes. */
function rawConnection(server: TestServer): Promise<{ socket: Socket; heard: () => string; closed: () => boolean }> {
  return new Promise((resolve, reject) => {
    let heard = '';
    let closed = false;
    const socket = connect({ host: '127.0.0.1', port: server.port, localAddress: ATTACKER }, () => resolve({ socket, heard: () => heard, closed: () => closed }));
    socket.on('data', (chunk) => { heard += chunk.toString(); });
    socket.on('close', () => { closed = true; });
    socket.on('error', reject);
  });
}

/** A websocket upgrade from the attacker's address without a session: its HTTP status (101 when upgraded) and close code. */
function anonymousUpgrade(server: TestServer, path: string): Promise<{ status: number; retryAfter?: string; code?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}${path}`, { headers: { origin: server.url }, localAddress: ATTACKER });
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, ...(res.headers['retry-after'] ? { retryAfter: String(res.headers['retry-after']) } : {}) });
      ws.terminate();
    });
    ws.on('close', (code) => resolve({ status: 101, code }));
    ws.on('error', () => undefined);
  });
}

/** Audit records written about the attacker's address. */
async function auditOfAttacker(server: TestServer): Promise<AuditRecord[]> {
  const found: AuditRecord[] = [];
  for await (const record of server.services.store.audit.iterateAll()) if (record.ip === ATTACKER) found.push(record);
  return found;
}

/** How many refusals a record stands for: a window's first one, or the count its summary names. */
const refusalsIn = (record: AuditRecord): number => Number(/; (\d+) more/.exec(record.reason ?? '')?.[1] ?? 1);

describe('websocket upgrades and connections are bounded per address', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('an upgrade to any path other than /collab and /socket.io/ is answered 404 and closed', async () => {
    server = await startTestServer();
    for (const path of ['/', '/anything', '/api/patients', '/collabx', '/collab?x=1', '/socket.io', '/SOCKET.IO/', '/healthz']) {
      expect((await anonymousUpgrade(server, path)).status, path).toBe(404);
    }
  });

  it('1. an anonymous client holds its share of connections; 2. its next one is closed at once; 3. a clinician still signs in and works', async () => {
    server = await startTestServer({ tuning: { connections: { connectionsPerAddress: 5 } } });
    const held = await Promise.all(Array.from({ length: 5 }, () => rawConnection(server!)));
    const extra = await rawConnection(server);
    await waitFor(extra.closed, 'the connection over the limit to be closed');
    expect(extra.heard()).toBe('');
    const coordinator = await signedIn(server.url, 'coordinator');
    expect((await coordinator.get('/api/patients')).status).toBe(200);
    // 4. Once the attacker lets one go, it may connect again.
    held[0]!.socket.destroy();
    await waitFor(held[0]!.closed, 'the first connection to close');
    await waitFor(async () => {
      const again = await rawConnection(server!);
      again.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      await waitFor(again.closed, 'the retry to finish');
      return again.heard().startsWith('HTTP/1.1 200');
    }, 'a freed slot to be usable');
    for (const c of held) c.socket.destroy();
  });

  it('1. an anonymous client retries upgrades in a loop; 2. past its budget it gets 429; 3. the trail holds one record per address and reason', async () => {
    server = await startTestServer({ tuning: { connections: { upgradesPerMinute: 5 } } });
    const path = `/collab/${planDocumentName('nobody', 'shared')}`;
    for (let i = 0; i < 5; i += 1) expect(await anonymousUpgrade(server, path)).toEqual({ status: 101, code: 4401 });
    for (let i = 0; i < 3; i += 1) {
      const refused = await anonymousUpgrade(server, path);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
    // 4. Other addresses keep their own budget: a clinician signs in and opens a plan-sized request.
    const coordinator = await signedIn(server.url, 'coordinator');
    expect((await coordinator.get('/api/patients')).status).toBe(200);
    await waitFor(async () => (await auditOfAttacker(server!)).length === 2, 'the first refusal of each kind to be audited');
    expect((await auditOfAttacker(server)).map((r) => [r.type, r.reason]).sort()).toEqual([['plan.open', 'unauthenticated'], ['realtime.refused', 'too many upgrade attempts']]);
  });

  it('1. a signed-in user tries two patients\' plans that are not theirs; 2. both are refused; 3. each patient\'s trail names the attempt', async () => {
    server = await startTestServer();
    const caregiver = await signedIn(server.url, 'caregiver');
    for (const patientId of ['not-hers-1', 'not-hers-2']) {
      const plan = connectPlan(server.url, caregiver, patientId, 'shared');
      expect((await whenClosed(plan)).code).toBe(4403);
      plan.destroy();
    }
    const denied = async () => {
      const found: AuditRecord[] = [];
      for await (const r of server!.services.store.audit.iterateAll()) if (r.type === 'plan.open' && r.outcome === 'denied' && r.userId) found.push(r);
      return found;
    };
    await waitFor(async () => (await denied()).length === 2, 'both refusals to be audited');
    expect((await denied()).map((r) => r.patientId).sort()).toEqual(['not-hers-1', 'not-hers-2']);
  });

  it('refusals within one window end as one summary record per address', async () => {
    const windowMs = 2_000;
    server = await startTestServer({ tuning: { connections: { upgradesPerMinute: 0 }, refusalAuditWindowMs: windowMs } });
    const path = `/collab/${planDocumentName('nobody', 'shared')}`;
    const started = Date.now();
    for (let i = 0; i < 20; i += 1) expect((await anonymousUpgrade(server, path)).code).toBe(4401);
    const elapsed = Date.now() - started;
    await waitFor(async () => (await auditOfAttacker(server!)).reduce((n, r) => n + refusalsIn(r), 0) === 20, 'every refusal to be accounted for');
    // Each window that saw refusals wrote its first one and at most one summary.
    expect((await auditOfAttacker(server)).length).toBeLessThanOrEqual(2 * (Math.ceil(elapsed / windowMs) + 1));
  });
});
