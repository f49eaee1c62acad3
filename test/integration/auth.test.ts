import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoEmail, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

describe('sign-in, sessions and sign-out', () => {
  let server: TestServer;
  const clock = new ManualClock();
  beforeAll(async () => {
    server = await startTestServer({ clock });
  });
  afterAll(() => server.close());

  it('requires sign-in for /api/me', async () => {
    const res = await new ApiClient(server.url).get('/api/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please sign in.' } });
  });

  it('signs in with the demo coordinator and sets an HttpOnly, SameSite=Lax cookie', async () => {
    const client = new ApiClient(server.url);
    const res = await client.post('/api/auth/login', { email: demoEmail('coordinator'), password: 'carehuddle-demo' });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^carehuddle_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await (await client.get('/api/me')).json();
    expect(me).toMatchObject({ name: 'Maya Chen', email: demoEmail('coordinator'), kind: 'staff', isAdmin: false });
    expect(typeof me.id).toBe('string');
  });

  it('refuses a wrong password and an unknown e-mail alike with 401', async () => {
    const wrong = await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('physician'), password: 'nope' });
    const unknown = await new ApiClient(server.url).post('/api/auth/login', { email: 'nobody@example.org', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('answers bad input with 400 and a message per field', async () => {
    const res = await new ApiClient(server.url).post('/api/auth/login', { email: 'not-an-email', extra: 1 });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    const paths = body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password', 'body']));
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await new ApiClient(server.url).request('POST', '/api/auth/login', '{"email":', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
  });

  it('signs out: the cookie stops working', async () => {
    const client = await signedIn(server.url, 'pharmacist');
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = new ApiClient(server.url);
    replay.cookie = cookie;
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('signs out automatically after 15 idle minutes, but activity keeps the session alive', async () => {
    const client = await signedIn(server.url, 'socialworker');
    clock.advanceMinutes(14);
    expect((await client.post('/api/auth/activity')).status).toBe(204);
    clock.advanceMinutes(14);
    expect((await client.post('/api/auth/activity')).status).toBe(204);
    clock.advanceMinutes(15);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('ends every session after its absolute lifetime, even when active', async () => {
    const client = await signedIn(server.url, 'behavioral');
    for (let i = 0; i < 12 * 5; i += 1) {
      clock.advanceMinutes(12);
      if (i < 59) expect((await client.post('/api/auth/activity')).status).toBe(204);
    }
    expect((await client.get('/api/me')).status).toBe(401);
  });

});

describe('password guessing', () => {
  it('is rate-limited per address with the one error shape (different accounts, so the per-account limit is not what stops it)', async () => {
    const server = await startTestServer({ loginPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        statuses.push((await new ApiClient(server.url).post('/api/auth/login', { email: `guesser${i}@hospital.example`, password: `guess-${i}` })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const limited = await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('chw'), password: 'carehuddle-demo' });
      expect((await limited.json()).error.code).toBe('rate_limited');
    } finally {
      await server.close();
    }
  });
});
