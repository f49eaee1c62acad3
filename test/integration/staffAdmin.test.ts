import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';

describe('organization admin manages staff accounts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('requires sign-in', async () => {
    expect((await new ApiClient(server.url).post('/api/admin/users', { name: 'X', email: 'x@example.org', password: 'long-enough-password' })).status).toBe(401);
  });

  it('1. the admin creates a nurse account; 2. the nurse signs in; 3. the account cannot be created twice', async () => {
    const admin = await signedIn(server.url, 'admin');
    const created = await admin.post('/api/admin/users', { name: 'Noor Haddad, RN', email: 'Noor@Clinic.example', password: 'a-long-passphrase-1' });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toEqual({ id: expect.any(String), name: 'Noor Haddad, RN', email: 'noor@clinic.example', isAdmin: false, isSupervisor: false, disabled: false, workPhone: null });
    await new ApiClient(server.url).signIn('noor@clinic.example', 'a-long-passphrase-1');
    expect((await admin.post('/api/admin/users', { name: 'Again', email: 'NOOR@clinic.example', password: 'a-long-passphrase-1' })).status).toBe(409);
  });

  it('refuses non-admins and weak input with field messages', async () => {
    const coordinator = await signedIn(server.url, 'coordinator');
    expect((await coordinator.post('/api/admin/users', { name: 'X', email: 'x@example.org', password: 'long-enough-password' })).status).toBe(403);
    const admin = await signedIn(server.url, 'admin');
    const weak = await admin.post('/api/admin/users', { name: '', email: 'nope', password: 'short', isAdmin: 'yes' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.email', 'body.isAdmin', 'body.name', 'body.password']);
  });
});
