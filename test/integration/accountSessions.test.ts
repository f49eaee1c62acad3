import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/src/storage/sqlite/openSqliteStore';
import { connectPlan, whenClosed, whenSynced, type PlanClient } from '../support/collab';
import { ApiClient, DEMO_PASSWORD, demoEmail, patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir } from '../support/serverProcess';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A signed-in device: its HTTP client, its Socket.IO connection and an open plan document. */
interface Device { http: ApiClient; socket: NotesClient; plan: PlanClient; ended: string[] }

async function openDevice(url: string, http: ApiClient, patientId: string): Promise<Device> {
  const socket = connectSocket(url, http);
  const ended: string[] = [];
  socket.on('session:ended', (e) => ended.push(e.reason));
  expect(await whenConnected(socket)).toEqual({ ok: true });
  const plan = connectPlan(url, http, patientId, 'shared');
  await whenSynced(plan);
  return { http, socket, plan, ended };
}

/** The device was signed out everywhere: HTTP 401, socket gone, plan closed with 4401. */
async function expectSignedOut(device: Device): Promise<void> {
  expect((await whenClosed(device.plan)).code).toBe(CLOSE_CODES.unauthenticated);
  await waitFor(() => !device.socket.connected, 'the socket to be disconnected');
  expect((await device.http.get('/api/me')).status).toBe(401);
}

function closeDevice(device: Device): void {
  device.plan.destroy();
  device.socket.disconnect();
}

const staffId = async (client: ApiClient, name: string): Promise<string> =>
  ((await (await client.get('/api/staff')).json()) as { users: Array<{ id: string; name: string }> }).users.find((u) => u.name === name)!.id;

describe('sessions, password change, sign-out everywhere and disabled accounts', () => {
  let server: TestServer;
  let amaraId: string;
  beforeAll(async () => {
    server = await startTestServer();
    amaraId = await patientIdByName(await signedIn(server.url, 'coordinator'), 'Amara Okafor');
  });
  afterAll(() => server.close());

  it('sets a browser-session cookie: no Max-Age or Expires, so closing the browser forgets it', async () => {
    const res = await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('pharmacist'), password: DEMO_PASSWORD });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^carehuddle_session=/);
    expect(cookie).not.toMatch(/max-age|expires/i);
  });

  it('requires sign-in for the account routes', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.post('/api/account/password', { currentPassword: 'x', newPassword: 'a-new-password-1' })).status).toBe(401);
    expect((await anonymous.post('/api/auth/logout-everywhere')).status).toBe(401);
  });

  it('1. the physician is signed in on two devices; 2. changes the password on one, giving the wrong current one first; 3. the other device is signed out at once, this one stays', async () => {
    const laptop = await openDevice(server.url, await signedIn(server.url, 'physician'), amaraId);
    const phone = await openDevice(server.url, await signedIn(server.url, 'physician'), amaraId);
    const wrong = await laptop.http.post('/api/account/password', { currentPassword: 'not-it', newPassword: 'a-brand-new-password' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields).toEqual([{ path: 'currentPassword', message: 'That is not your current password.' }]);
    const short = await laptop.http.post('/api/account/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect((await short.json()).error.fields).toEqual([{ path: 'body.newPassword', message: 'Use at least 12 characters.' }]);
    expect((await phone.http.get('/api/me')).status).toBe(200);

    expect((await laptop.http.post('/api/account/password', { currentPassword: DEMO_PASSWORD, newPassword: 'a-brand-new-password' })).status).toBe(204);
    await expectSignedOut(phone);
    expect(phone.ended).toEqual(['password_changed']);
    expect((await laptop.http.get('/api/me')).status).toBe(200);
    expect(laptop.socket.connected).toBe(true);
    expect(laptop.plan.closed).toBeNull();
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('physician'), password: DEMO_PASSWORD })).status).toBe(401);
    await new ApiClient(server.url).signIn(demoEmail('physician'), 'a-brand-new-password');
    closeDevice(laptop);
    closeDevice(phone);
  });

  it('1. the social worker is signed in on two devices; 2. chooses "sign out everywhere" on one; 3. both are signed out, live connections included', async () => {
    const first = await openDevice(server.url, await signedIn(server.url, 'socialworker'), (await patientIdByName(await signedIn(server.url, 'coordinator'), 'Rosa Delgado')));
    const second = await signedIn(server.url, 'socialworker');
    const res = await second.post('/api/auth/logout-everywhere');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/carehuddle_session=;.*Max-Age=0/i);
    await expectSignedOut(first);
    expect(first.ended).toEqual(['signed_out_everywhere']);
    closeDevice(first);
  });

  it('1. only an admin may disable an account; 2. the admin disables the nurse; 3. her sessions end; 4. her right password is refused like a wrong one; 5. re-enabled, she signs in', async () => {
    const admin = await signedIn(server.url, 'admin');
    const nurseId = await staffId(admin, 'Grace Miller, RN');
    const coordinator = await signedIn(server.url, 'coordinator');
    expect((await coordinator.request('PATCH', `/api/admin/users/${nurseId}`, { disabled: true })).status).toBe(403);
    expect((await admin.request('PATCH', `/api/admin/users/${nurseId}`, { disabled: 'yes' })).status).toBe(400);
    expect((await admin.request('PATCH', '/api/admin/users/no-such-user', { disabled: true })).status).toBe(404);
    const adminId = ((await (await admin.get('/api/me')).json()) as { id: string }).id;
    expect((await admin.request('PATCH', `/api/admin/users/${adminId}`, { disabled: true })).status).toBe(409);

    const nurseClient = await signedIn(server.url, 'nurse');
    const nurse = await openDevice(server.url, nurseClient, await patientIdByName(nurseClient, 'Rosa Delgado'));
    const disabled = await admin.request('PATCH', `/api/admin/users/${nurseId}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({ id: nurseId, disabled: true });
    await expectSignedOut(nurse);
    expect(nurse.ended).toEqual(['account_disabled']);
    closeDevice(nurse);

    const right = await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('nurse'), password: DEMO_PASSWORD });
    const wrong = await new ApiClient(server.url).post('/api/auth/login', { email: demoEmail('nurse'), password: 'wrong-password' });
    expect(right.status).toBe(401);
    expect(await right.json()).toEqual(await wrong.json());
    expect(((await (await admin.get('/api/staff')).json()) as { users: Array<{ id: string; disabled: boolean }> }).users.find((u) => u.id === nurseId)?.disabled).toBe(true);

    expect((await admin.request('PATCH', `/api/admin/users/${nurseId}`, { disabled: false })).status).toBe(200);
    await new ApiClient(server.url).signIn(demoEmail('nurse'));
  });
});

describe('ending sessions reaches live connections on every node', () => {
  const dataDir = makeDataDir();
  let nodeA: TestServer;
  let nodeB: TestServer;
  beforeAll(async () => {
    nodeA = await startTestServer({ store: openSqliteStore(dataDir), redisUrl: REDIS_URL });
    nodeB = await startTestServer({ store: openSqliteStore(dataDir), redisUrl: REDIS_URL, demo: false });
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    removeDataDir(dataDir);
  });

  it('1. the pharmacist works on node B; 2. the admin disables the account on node A; 3. node B closes her plan and socket at once', async () => {
    const admin = await signedIn(nodeA.url, 'admin');
    const pharmacistId = await staffId(admin, 'Priya Natarajan, PharmD');
    const walterId = await patientIdByName(await signedIn(nodeA.url, 'coordinator'), 'Walter Kim');
    const onB = await openDevice(nodeB.url, await signedIn(nodeB.url, 'pharmacist'), walterId);
    expect((await admin.request('PATCH', `/api/admin/users/${pharmacistId}`, { disabled: true })).status).toBe(200);
    await expectSignedOut(onB);
    closeDevice(onB);
  });

  it('1. the coordinator works on node B; 2. signs out everywhere on node A; 3. node B closes the live connections', async () => {
    const walterId = await patientIdByName(await signedIn(nodeA.url, 'coordinator'), 'Walter Kim');
    const onB = await openDevice(nodeB.url, await signedIn(nodeB.url, 'coordinator'), walterId);
    expect((await (await signedIn(nodeA.url, 'coordinator')).post('/api/auth/logout-everywhere')).status).toBe(204);
    await expectSignedOut(onB);
    closeDevice(onB);
  });
});
