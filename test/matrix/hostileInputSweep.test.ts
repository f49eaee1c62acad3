import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOCKET_EVENT_SCHEMAS } from '../../server/src/realtime/socket/socketEventSchemas';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, whenConnected, type NotesClient } from '../support/socket';

/** Payloads no route or event may accept: operators, unknown keys, prototype pollution, wrong types. */
const HOSTILE: unknown[] = [
  { $ne: null },
  { patientId: { $ne: null } },
  { patientId: { $gt: '' }, extra: true },
  JSON.parse('{"__proto__": {"isAdmin": true}, "patientId": "x"}'),
  { constructor: { prototype: { polluted: true } } },
  [{ $where: 'sleep(1000)' }],
  'a string', 42, null,
];

describe('every JSON body and every event rejects hostile input with a clear error, storing nothing', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let socket: NotesClient;
  let rosaId: string;
  const auditCount = async () => (await server.services.store.audit.list({ limit: 100_000 })).filter((r) => r.outcome === 'success' && r.action !== 'R').length;
  beforeAll(async () => {
    server = await startTestServer({ tuning: { socket: { eventsBurst: 10_000 } } });
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    socket = connectSocket(server.url, coordinator);
    await whenConnected(socket);
  });
  afterAll(async () => {
    socket.disconnect();
    await server.close();
  });

  it('HTTP: every route that takes a body answers 400 with field messages', async () => {
    const withBody = server.routes.filter((r) => r.body);
    expect(withBody.length).toBeGreaterThan(3);
    const writesBefore = await auditCount();
    for (const route of withBody) {
      const path = route.path.replace(':patientId', rosaId).replace(/:(\w+)/g, 'x');
      for (const payload of HOSTILE) {
        const res = await coordinator.request(route.method.toUpperCase(), path, JSON.stringify(payload));
        expect(res.status, `${route.method} ${route.path} ${JSON.stringify(payload)}`).toBe(400);
        const body = await res.json();
        expect(body.error.code).toBe('validation_failed');
        expect(body.error.fields.length).toBeGreaterThan(0);
      }
    }
    expect(await auditCount()).toBe(writesBefore);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('Socket.IO: every event answers validation_failed in its ack, and the connection stays usable', async () => {
    const writesBefore = await auditCount();
    for (const event of Object.keys(SOCKET_EVENT_SCHEMAS)) {
      for (const payload of HOSTILE) {
        const answer = await ask(socket, event, payload);
        expect(answer.error?.code, `${event} ${JSON.stringify(payload)}`).toBe('validation_failed');
      }
    }
    expect(await auditCount()).toBe(writesBefore);
    expect((await ask(socket, 'patient:join', { patientId: rosaId })).ok).toBe(true);
  });
});
