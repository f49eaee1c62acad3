import type { MentionNotification, NoteAnchor, PatientDetail } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, key, socketPool, waitForEvent, type NotesClient } from '../support/socket';

/** Mentions: only people who may read the thread, refused with a sentence naming them; the notification says who and about whom. */
describe('mentions in huddle notes', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  let idOf: (name: string) => string;
  const sockets = socketPool(() => server.url);
  const substanceUseItem: NoteAnchor = { kind: 'planItem', audience: 'substanceUse', section: 'substanceUse', itemId: 'su-mention-1' };

  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const rosa = (await (await coordinator.get(`/api/patients/${rosaId}`)).json()) as PatientDetail;
    idOf = (name) => rosa.careTeam.find((m) => m.name === name)!.userId;
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  const mentionsOf = (socket: NotesClient): MentionNotification[] => {
    const seen: MentionNotification[] = [];
    socket.on('notification:mention', (m) => seen.push(m));
    return seen;
  };

  it('other patient → denied: a staff member off the team of Rosa gets "not found", whoever they mention', async () => {
    const offTeam = await sockets.open(await signedIn(server.url, 'admin'));
    const answer = await ask(offTeam, 'note:create', { patientId: rosaId, body: 'hello', mentions: [idOf('Maya Chen')], idempotencyKey: key() });
    expect(answer.error?.code).toBe('not_found');
  });

  it('1. the coordinator mentions the physician and the pharmacist in one note; 2. both are notified with who wrote it and about which patient; 3. the author is not notified of herself', async () => {
    const [author, doctor, pharmacist] = await Promise.all([
      sockets.open(coordinator), sockets.open(await signedIn(server.url, 'physician')), sockets.open(await signedIn(server.url, 'pharmacist')),
    ]);
    const [toAuthor, toDoctor, toPharmacist] = [mentionsOf(author), mentionsOf(doctor), mentionsOf(pharmacist)];
    const mentions = [idOf('Dr. Samuel Okoro'), idOf('Priya Natarajan, PharmD'), idOf('Maya Chen')];
    const created = await ask(author, 'note:create', {
      patientId: rosaId, body: '@Dr. Samuel Okoro and @Priya Natarajan, PharmD: can we simplify the evening doses?', mentions, idempotencyKey: key(),
    });
    expect(created.error).toBeUndefined();
    const threadId = (created.thread as { id: string }).id;
    const expected = { patientId: rosaId, threadId, by: idOf('Maya Chen'), byName: 'Maya Chen', patientName: 'Rosa Delgado' };
    expect(await waitForEvent(toDoctor, (m) => m.threadId === threadId, 'the physician to be notified')).toEqual(expected);
    expect(await waitForEvent(toPharmacist, (m) => m.threadId === threadId, 'the pharmacist to be notified')).toEqual(expected);
    // A later mention of the pharmacist alone proves the author's socket was live all along; she heard nothing of her own.
    await ask(author, 'note:reply', { patientId: rosaId, threadId, body: '@Priya Natarajan, PharmD thanks', mentions: [idOf('Priya Natarajan, PharmD')], idempotencyKey: key() });
    await waitForEvent(toPharmacist, (m) => m.threadId === threadId && toPharmacist.length === 2, 'the second mention');
    expect(toAuthor).toEqual([]);
  });

  it('refuses to mention a family caregiver in a team-only thread, naming her in a sentence, and stores nothing', async () => {
    const author = await sockets.open(coordinator);
    const body = `Team only, mentioning family ${key()}`;
    const answer = await ask(author, 'note:create', { patientId: rosaId, body, mentions: [idOf('Elena Delgado')], idempotencyKey: key() });
    expect(answer.error?.code).toBe('validation_failed');
    expect(answer.error?.message).toBe('Elena Delgado cannot read this thread, so they cannot be mentioned in it.');
    expect(answer.error?.fields?.map((f) => f.path)).toEqual(['mentions']);
    expect(await (await coordinator.get(`/api/patients/${rosaId}/threads?limit=100`)).text()).not.toContain(body);

    // In a thread shared with family she may be mentioned, and she is told.
    const caregiver = await sockets.open(await signedIn(server.url, 'caregiver'));
    const toCaregiver = mentionsOf(caregiver);
    const shared = await ask(author, 'note:create', { patientId: rosaId, visibility: 'family', body: '@Elena Delgado the ride is booked', mentions: [idOf('Elena Delgado')], idempotencyKey: key() });
    expect(shared.error).toBeUndefined();
    await waitForEvent(toCaregiver, (m) => m.threadId === (shared.thread as { id: string }).id, 'the caregiver to be notified');
  });

  it('refuses to mention, in a thread about a substance-use entry, a team member Rosa has not consented to share it with — in a new thread, a reply and an edit', async () => {
    const author = await sockets.open(coordinator);
    const physicianId = idOf('Dr. Samuel Okoro');
    const sentence = 'Dr. Samuel Okoro cannot read this thread, so they cannot be mentioned in it.';
    const refused = await ask(author, 'note:create', { patientId: rosaId, anchor: substanceUseItem, body: 'Relapse plan', mentions: [physicianId], idempotencyKey: key() });
    expect(refused.error?.message).toBe(sentence);

    const created = await ask(author, 'note:create', { patientId: rosaId, anchor: substanceUseItem, body: 'Relapse plan', mentions: [], idempotencyKey: key() });
    const thread = created.thread as { id: string; notes: Array<{ id: string }> };
    const reply = await ask(author, 'note:reply', { patientId: rosaId, threadId: thread.id, body: 'Ask the doctor', mentions: [physicianId], idempotencyKey: key() });
    expect(reply.error?.message).toBe(sentence);
    const edit = await ask(author, 'note:edit', { patientId: rosaId, noteId: thread.notes[0]!.id, body: 'Relapse plan, @Dr. Samuel Okoro', mentions: [physicianId] });
    expect(edit.error?.message).toBe(sentence);
  });

  it('refuses someone who is not on the team with its own sentence', async () => {
    const author = await sockets.open(coordinator);
    const stranger = (await (await (await signedIn(server.url, 'admin')).get('/api/me')).json()).id as string;
    const answer = await ask(author, 'note:create', { patientId: rosaId, body: 'Who is this?', mentions: [stranger], idempotencyKey: key() });
    expect(answer.error?.message).toBe('You can only mention members of this care team.');
  });
});
