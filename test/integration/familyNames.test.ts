import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/src/domain/auth/passwords';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { ask, key, socketPool } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';

let unique = 0;

describe('a family member cannot take a staff member\'s name, and every author carries a role badge', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  const sockets = socketPool(() => server.url);
  const invite = async () => {
    const res = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email: `family${(unique += 1)}@example.org`, relationship: 'Daughter', consentMethod: 'verbal' });
    return ((await res.json()) as { link: string }).link.split('/invite/')[1]!;
  };
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('1. a caregiver accepts an invitation under a staff member\'s name, in any disguise; 2. each is refused with a field error and the link stays usable; 3. a name that tells them apart is accepted', async () => {
    const token = await invite();
    const disguises = [
      'Maya Chen', 'maya  chen', 'MAYA CHÉN', 'Chen, Maya', 'Dr. Maya Chen', 'Mаya Chen' /* Cyrillic а */, 'Ma\u200Bya Chen', 'Ｍａｙａ Ｃｈｅｎ',
      'Samuel Okoro', 'Dr Samuel Okoro, MD', 'Priya Natarajan', 'Grace Miller', 'Luis Romero',
    ];
    for (const name of disguises) {
      const res = await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { name, password: 'a-long-password-123' });
      expect(res.status, name).toBe(400);
      const { error } = await res.json();
      expect(error.fields, name).toEqual([{ path: 'name', message: expect.stringContaining('matches a member of the care team\'s staff') }]);
    }
    expect((await (await new ApiClient(server.url).get(`/api/invitations/${token}`)).json()).status).toBe('pending');
    expect((await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { name: 'Maya Chen (daughter)', password: 'a-long-password-123' })).status).toBe(201);
  });

  it('refuses an existing family account with a staff member\'s name, whether added to the team or accepting an invitation', async () => {
    const id = randomUUID();
    const email = `lookalike${(unique += 1)}@example.org`;
    await server.services.store.users.create({ id, email, name: 'Dr. Hannah Weiss', kind: 'caregiver', isAdmin: false, passwordHash: await hashPassword('a-long-password-123'), createdAt: new Date().toISOString() });
    const res = await coordinator.post(`/api/patients/${rosaId}/care-team`, { userId: id, role: 'family_caregiver' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields[0].path).toBe('userId');

    const invited = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email, relationship: 'Friend', consentMethod: 'verbal' });
    const token = ((await invited.json()) as { link: string }).link.split('/invite/')[1]!;
    const accept = await new ApiClient(server.url).post(`/api/invitations/${token}/accept`, { name: 'ignored for an existing account', password: 'a-long-password-123' });
    expect(accept.status).toBe(409);
    expect((await accept.json()).error.message).toMatch(/matches a staff member of this care team/);
    expect((await (await new ApiClient(server.url).get(`/api/invitations/${token}`)).json()).status).toBe('pending');
  });

  it('1. the coordinator and the caregiver each write in a family thread; 2. every note carries the author\'s role as stamped by the server', async () => {
    const mine = await sockets.open(coordinator, rosaId);
    const created = await ask(mine, 'note:create', { patientId: rosaId, visibility: 'family', body: 'Walking plan for next week', mentions: [], idempotencyKey: key() });
    const threadId = (created as { thread: { id: string } }).thread.id;
    const caregiver = await sockets.open(await signedIn(server.url, 'caregiver'), rosaId);
    const reply = await ask(caregiver, 'note:reply', { patientId: rosaId, threadId, body: 'Sounds good', mentions: [], idempotencyKey: key() });
    const notes = (reply as { thread: { notes: Array<{ author: { name: string; role: string } }> } }).thread.notes;
    expect(notes.map((n) => n.author)).toEqual([
      expect.objectContaining({ name: 'Maya Chen', role: 'care_coordinator' }),
      expect.objectContaining({ name: 'Elena Delgado', role: 'family_caregiver' }),
    ]);
  });

  it('names the role of each editor in the plan\'s attribution', async () => {
    const { items } = await (await coordinator.get(`/api/patients/${rosaId}/plan/shared/attribution`)).json() as { items: Array<{ name: string; role: string }> };
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.role).toMatch(/^[a-z_]+$/);
    expect(items.find((i) => i.name === 'Maya Chen')?.role).toBe('care_coordinator');
  });
});
