import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

/** Tries to open an Engine.IO polling session the way the attack did; the sid, when the server grants one. */
async function tryPollingSession(server: TestServer): Promise<{ status: number; sid: string | undefined }> {
  const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: server.url } });
  return { status: res.status, sid: /"sid":"([^"]+)"/.exec(await res.text())?.[1] };
}

/** The server still serves: health, and a signed-in request. */
async function expectStillServing(server: TestServer): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const coordinator = await signedIn(server.url, 'coordinator');
  expect((await coordinator.get('/api/patients')).status).toBe(200);
}

describe('realtime paths never reach the HTTP app', () => {
  let server: TestServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    server = await startTestServer({ logSink: { write: (line: string) => void logLines.push(line) } });
  });
  afterAll(() => server.close());

  it('1. an anonymous client opens a polling session; 2. posts to it cross-site with a junk session cookie; 3. the server answers once and keeps serving', async () => {
    const { sid } = await tryPollingSession(server);
    const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling&sid=${sid ?? 'x'}`, {
      method: 'POST', headers: { origin: 'https://evil.example', cookie: 'carehuddle_session=x', 'content-type': 'text/plain;charset=UTF-8' }, body: '40',
    });
    // Engine.IO alone answers (its own Origin check refuses the request); the CSRF middleware never ran.
    expect(res.status).not.toBe(500);
    expect(await res.text()).not.toContain('Cross-site request refused');
    await expectStillServing(server);
  });

  it('every method on /socket.io/ and /collab, with and without a cookie, gets exactly one answer', async () => {
    const { sid } = await tryPollingSession(server);
    for (const path of [`/socket.io/?EIO=4&transport=polling&sid=${sid ?? 'x'}`, '/socket.io/?EIO=4&transport=polling', '/socket.io/', '/collab', '/collab/patient:x:shared']) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
        for (const cookie of [undefined, 'carehuddle_session=x', 'a=1; carehuddle_session=x; b=2']) {
          const res = await fetch(`${server.url}${path}`, {
            method, headers: { origin: 'https://evil.example', ...(cookie ? { cookie } : {}) }, ...(method === 'GET' ? {} : { body: '1:6' }),
          });
          expect(res.status, `${method} ${path}`).toBeLessThan(500);
          await res.arrayBuffer();
        }
      }
    }
    await expectStillServing(server);
    // The HTTP app logs every request it sees: it saw none of these.
    expect(logLines.filter((line) => /"url":"\/(socket\.io|collab)/.test(line))).toEqual([]);
  });

  it('Socket.IO speaks websocket only: a long-polling handshake is refused', async () => {
    const { status, sid } = await tryPollingSession(server);
    expect(status).toBe(400);
    expect(sid).toBeUndefined();
  });

  it('plain HTTP to /collab is told to upgrade, in the one error shape', async () => {
    const res = await fetch(`${server.url}/collab/anything`);
    expect(res.status).toBe(426);
    expect((await res.json()).error.code).toBe('validation_failed');
  });
});

describe('CSRF check reads the session cookie, not a substring of the header', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('a cross-site write whose cookie header only mentions the name elsewhere is not a cookie-authenticated write', async () => {
    // 1. A sign-in from a foreign origin, carrying another site's cookie whose name ends like ours, is not refused as CSRF:
    //    it carries no session, so it is judged by sign-in alone (wrong password → 401, not 403).
    const res = await new ApiClient(server.url, 'https://evil.example').request('POST', '/api/auth/login',
      { email: 'coordinator@demo.carehuddle.test', password: 'wrong-password' }, { cookie: 'other_carehuddle_session=1' });
    expect(res.status).toBe(401);
  });

  it('a cross-site write carrying the real session cookie among others is refused', async () => {
    // 1. The coordinator signs in. 2. A foreign page posts with her cookie between two others. 3. Refused with bad_origin.
    const coordinator = await signedIn(server.url, 'coordinator');
    const res = await new ApiClient(server.url, 'https://evil.example').request('POST', '/api/auth/logout', undefined, { cookie: `a=1; ${coordinator.cookie}; b=2` });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('bad_origin');
    // 4. Her session still works.
    expect((await coordinator.get('/api/patients')).status).toBe(200);
  });
});
