import type { Thread } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, key, socketPool, whenConnected } from '../support/socket';

/** "Undo" right after retracting a note: only whoever retracted it, only for two minutes, audited. */
describe('undoing a note\'s retraction', () => {
  let server: TestServer;
  const clock = new ManualClock();
  let rosaId: string;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let caregiver: ApiClient;
  const sockets = socketPool(() => server.url);
  const threadOf = (answer: Record<string, unknown>) => answer.thread as Thread;

  beforeAll(async () => {
    server = await startTestServer({ clock });
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    caregiver = await signedIn(server.url, 'caregiver');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('requires sign-in', async () => {
    const anonymous = connectSocket(server.url, null);
    expect((await whenConnected(anonymous)).ok).toBe(false);
    anonymous.disconnect();
  });

  it('1. the physician writes a note; 2. the coordinator retracts it; 3. the physician cannot undo that, the family cannot see it; 4. the coordinator undoes it and the team reads the note again; 5. both steps are audited', async () => {
    const [doctor, lead, family] = await Promise.all([sockets.open(physician, rosaId), sockets.open(coordinator, rosaId), sockets.open(caregiver, rosaId)]);
    const written = threadOf(await ask(doctor, 'note:create', { patientId: rosaId, body: 'BP 150/95 this morning', mentions: [], idempotencyKey: key() }));
    const noteId = written.notes[0]!.id;
    const retracted = threadOf(await ask(lead, 'note:retract', { patientId: rosaId, noteId, reason: 'Wrong patient' }));
    expect(retracted.notes[0]!.body).toBeNull();

    expect((await ask(doctor, 'note:unretract', { patientId: rosaId, noteId })).error?.code).toBe('forbidden');
    expect((await ask(family, 'note:unretract', { patientId: rosaId, noteId })).error?.code).toBe('not_found');
    expect((await ask(lead, 'note:unretract', { patientId: rosaId, noteId: 'no-such-note' })).error?.code).toBe('not_found');

    const restored = threadOf(await ask(lead, 'note:unretract', { patientId: rosaId, noteId }));
    expect(restored.notes[0]).toMatchObject({ body: 'BP 150/95 this morning', retracted: null });
    const seen = (await (await physician.get(`/api/patients/${rosaId}/threads?limit=100`)).json()) as { threads: Thread[] };
    expect(seen.threads.find((t) => t.id === written.id)?.notes[0]?.body).toBe('BP 150/95 this morning');
    // Undone once: there is nothing left to undo.
    expect((await ask(lead, 'note:unretract', { patientId: rosaId, noteId })).error?.code).toBe('forbidden');

    const trail = await server.services.store.audit.list({ patientId: rosaId, limit: 10_000 });
    const steps = trail.filter((r) => r.resourceId === noteId && r.type.startsWith('note.')).map((r) => `${r.type}:${r.outcome}`);
    expect(steps).toEqual(expect.arrayContaining(['note.retract:success', 'note.unretract:denied', 'note.unretract:success']));
  });

  it('after two minutes a retraction stands', async () => {
    const doctor = await sockets.open(physician, rosaId);
    const noteId = threadOf(await ask(doctor, 'note:create', { patientId: rosaId, body: 'Draft sent by mistake', mentions: [], idempotencyKey: key() })).notes[0]!.id;
    await ask(doctor, 'note:retract', { patientId: rosaId, noteId, reason: 'Sent too early' });
    clock.advanceMinutes(3);
    const late = await ask(doctor, 'note:unretract', { patientId: rosaId, noteId });
    expect(late.error).toMatchObject({ code: 'forbidden', message: 'Only whoever retracted a note can undo that, and only within two minutes.' });
  });
});
