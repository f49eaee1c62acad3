import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../server/src/http/rateLimits';
import { ApiClient, DEMO_PASSWORD, demoEmail, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

/** A sign-in attempt that claims to come through a proxy from `forwardedFor`. */
const attempt = (server: TestServer, email: string, password: string, forwardedFor?: string) =>
  new ApiClient(server.url).request('POST', '/api/auth/login', { email, password }, forwardedFor ? { 'x-forwarded-for': forwardedFor } : {});

describe('password guessing per account, whichever address it comes from', () => {
  let server: TestServer;
  const clock = new ManualClock();
  beforeAll(async () => {
    // The proxy on loopback is trusted here, so each attempt really counts as a different address.
    server = await startTestServer({ clock, trustProxy: ['loopback'] });
  });
  afterAll(() => server.close());

  it('1. five wrong guesses from five addresses; 2. the account is locked, even for the right password; 3. after a minute it opens; 4. the lock backs off', async () => {
    const email = demoEmail('pharmacist');
    for (let i = 0; i < 5; i += 1) expect((await attempt(server, email, `guess-${i}`, `203.0.113.${i + 1}`)).status).toBe(401);
    const locked = await attempt(server, email, DEMO_PASSWORD, '198.51.100.7');
    expect(locked.status).toBe(429);
    expect((await locked.json()).error).toEqual({ code: 'rate_limited', message: 'Too many failed attempts for this account; try again in 1 minute.' });
    clock.advanceMinutes(1);
    expect((await attempt(server, email, 'one-more-guess', '198.51.100.8')).status).toBe(401);
    // The sixth failure doubles the lock.
    clock.advanceMinutes(1);
    expect((await attempt(server, email, DEMO_PASSWORD, '198.51.100.9')).status).toBe(429);
    clock.advanceMinutes(1);
    expect((await attempt(server, email, DEMO_PASSWORD, '198.51.100.9')).status).toBe(200);
    // A success clears the count.
    expect((await attempt(server, email, 'typo', '198.51.100.9')).status).toBe(401);
    expect((await attempt(server, email, DEMO_PASSWORD, '198.51.100.9')).status).toBe(200);
  });

  it('counts the address however it is typed (upper or lower case)', async () => {
    const variants = ['Nurse@demo.carehuddle.test', 'NURSE@DEMO.CAREHUDDLE.TEST', 'nurse@demo.carehuddle.test', 'nUrse@demo.carehuddle.test', 'nursE@demo.carehuddle.test'];
    for (const [i, email] of variants.entries()) expect((await attempt(server, email, `guess-${i}`, `203.0.113.${20 + i}`)).status).toBe(401);
    expect((await attempt(server, demoEmail('nurse'), DEMO_PASSWORD, '203.0.113.30')).status).toBe(429);
    clock.advanceMinutes(1);
  });

  it('locks an address without an account exactly like one with, so a lock reveals nothing', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      known.push((await attempt(server, demoEmail('chw'), `guess-${i}`)).status);
      unknown.push((await attempt(server, 'nobody@hospital.example', `guess-${i}`)).status);
    }
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    clock.advanceMinutes(1);
  });

  it('limits guessing the existing account\'s password through an invitation link too', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    const { patients } = await (await coordinator.get('/api/patients')).json() as { patients: Array<{ id: string; name: string }> };
    const walterId = patients.find((p) => p.name === 'Walter Kim')!.id;
    const created = await (await coordinator.post(`/api/patients/${walterId}/invitations`, {
      email: demoEmail('caregiver'), relationship: 'Neighbour', consentMethod: 'verbal', proposeGoals: false,
    })).json() as { link: string };
    const token = created.link.split('/invite/')[1]!;
    const accept = (password: string) => new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { name: 'Elena', password });
    for (let i = 0; i < 5; i += 1) expect((await accept(`wrong-password-${i}`)).status).toBe(401);
    expect((await accept(DEMO_PASSWORD)).status).toBe(429);
    expect((await attempt(server, demoEmail('caregiver'), DEMO_PASSWORD)).status).toBe(429);
    clock.advanceMinutes(1);
  });
});

describe('per-address limits', () => {
  it('does not believe X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const server = await startTestServer({ loginPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await attempt(server, `user${i}@hospital.example`, 'guess', `203.0.113.${i + 1}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('counts only failures per address: a shift change behind one NAT signs everyone in', async () => {
    const server = await startTestServer({ loginPerMinute: 3 });
    try {
      for (const account of ['coordinator', 'physician', 'pharmacist', 'nurse', 'chw', 'socialworker']) {
        expect((await attempt(server, demoEmail(account), DEMO_PASSWORD)).status).toBe(200);
      }
    } finally {
      await server.close();
    }
  });

  it('1. ten colleagues behind one hospital NAT mistype their passwords; 2. the eleventh still signs in', async () => {
    const server = await startTestServer({ loginPerMinute: DEFAULT_RATE_LIMITS.loginPerMinute });
    try {
      for (let i = 0; i < 10; i += 1) expect((await attempt(server, `colleague${i}@hospital.example`, 'typo')).status).toBe(401);
      expect((await attempt(server, demoEmail('physician'), DEMO_PASSWORD)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('gives invitation links their own bucket: sign-in floods do not block invitees, nor the reverse', async () => {
    const server = await startTestServer({ loginPerMinute: 2, invitationPerMinute: 2 });
    try {
      for (let i = 0; i < 3; i += 1) await attempt(server, `user${i}@hospital.example`, 'guess');
      expect((await attempt(server, demoEmail('physician'), DEMO_PASSWORD)).status).toBe(429);
      const look = () => new ApiClient(server.url).get(`/api/invitations/${'A'.repeat(43)}`);
      expect((await look()).status).toBe(404);
      expect((await look()).status).toBe(404);
      expect((await look()).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describe('API limit per session', () => {
  it('keys on the resolved session: a made-up cookie per request shares the address\'s bucket, while colleagues keep their own', async () => {
    const server = await startTestServer({ apiPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const forger = new ApiClient(server.url);
        forger.cookie = `carehuddle_session=random-${i}-${Math.random().toString(36).slice(2)}`;
        statuses.push((await forger.get('/api/me')).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      // Two signed-in colleagues at the same address each have a bucket of their own.
      // (Signing in is in the sign-in bucket, not the API one.)
      const nurse = await signedIn(server.url, 'nurse');
      const physician = await signedIn(server.url, 'physician');
      for (let i = 0; i < 5; i += 1) expect((await nurse.get('/api/me')).status).toBe(200);
      expect((await nurse.get('/api/me')).status).toBe(429);
      expect((await physician.get('/api/me')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
