import type { Conference } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPlan, whenSynced } from '../support/collab';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, whenConnected, type NotesClient } from '../support/socket';
import { waitFor } from '../support/wait';
import { daysFromNow } from '../support/when';

describe('case conferences', () => {
  let server: TestServer;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let pharmacist: ApiClient;
  let rosaId: string;
  let walterId: string;
  const ids: Record<string, string> = {};
  const sockets: NotesClient[] = [];
  const open = async (client: ApiClient) => {
    const s = connectSocket(server.url, client);
    sockets.push(s);
    await whenConnected(s);
    return s;
  };
  beforeAll(async () => {
    server = await startTestServer();
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    pharmacist = await signedIn(server.url, 'pharmacist');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    walterId = await patientIdByName(coordinator, 'Walter Kim');
    for (const [k, c] of [['physician', physician], ['pharmacist', pharmacist]] as const) ids[k] = (await (await c.get('/api/me')).json()).id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  it('requires sign-in and keeps patients off-agenda from people outside their teams', async () => {
    expect((await new ApiClient(server.url).get('/api/conferences')).status).toBe(401);
    const chwId = (await (await (await signedIn(server.url, 'chw')).get('/api/me')).json()).id;
    const res = await coordinator.post('/api/conferences', { title: 'x', scheduledFor: daysFromNow(4), agenda: [{ patientId: walterId, topic: 'Meds' }], inviteeIds: [chwId] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields[0].path).toBe('inviteeIds.0');
    const notMine = await physician.post('/api/conferences', { title: 'x', scheduledFor: daysFromNow(4), agenda: [{ patientId: walterId, topic: 'Meds' }] });
    expect(notMine.status).toBe(400);
  });

  it('refuses a conference in the past with a sentence beside the time, and stores nothing', async () => {
    const before = ((await (await coordinator.get('/api/conferences')).json()) as { conferences: unknown[] }).conferences.length;
    const past = await coordinator.post('/api/conferences', { title: 'Last week', scheduledFor: daysFromNow(-7), agenda: [{ patientId: walterId, topic: 'Meds' }] });
    expect(past.status).toBe(400);
    expect((await past.json()).error.fields).toEqual([{ path: 'scheduledFor', message: 'Choose a time that has not passed yet.' }]);
    expect(((await (await coordinator.get('/api/conferences')).json()) as { conferences: unknown[] }).conferences).toHaveLength(before);
  });

  it('1. the coordinator schedules; 2. the team joins (one person, two tabs counted once); 3. the chair runs the agenda and timer; 4. the physician presents; 5. a decision and an action item are captured; 6. the action item is a task in the plan; 7. the summary lists it all', async () => {
    const scheduled = await coordinator.post('/api/conferences', {
      title: 'Tuesday huddle', scheduledFor: daysFromNow(4),
      agenda: [{ patientId: rosaId, topic: 'Post-discharge review' }, { patientId: walterId, topic: 'Medication review' }, { topic: 'Staffing' }],
      inviteeIds: [ids.physician, ids.pharmacist],
    });
    expect(scheduled.status).toBe(201);
    const conference = (await scheduled.json()) as Conference;
    expect(conference.agenda.map((a) => a.patientName)).toEqual(['Rosa Delgado', 'Walter Kim', null]);

    const chair = await open(coordinator);
    const tab1 = await open(physician);
    const tab2 = await open(physician);
    const pharm = await open(pharmacist);
    const attendeeLists: Array<Array<{ name: string }>> = [];
    const states: Conference[] = [];
    pharm.on('conference:attendees', (e) => attendeeLists.push(e.attendees));
    pharm.on('conference:state', (e) => states.push(e.conference));
    for (const s of [pharm, chair, tab1, tab2]) expect((await ask(s, 'conference:join', { conferenceId: conference.id })).ok).toBe(true);
    await waitFor(() => attendeeLists.at(-1)?.length === 3 && attendeeLists.length >= 4, 'three distinct attendees');
    expect(attendeeLists.at(-1)!.map((a) => a.name).sort()).toEqual(['Dr. Samuel Okoro', 'Maya Chen', 'Priya Natarajan, PharmD']);

    const [rosaItem, walterItem, staffing] = conference.agenda;
    expect((await ask(chair, 'conference:setItem', { conferenceId: conference.id, agendaItemId: walterItem!.id })).ok).toBe(true);
    await waitFor(() => states.at(-1)?.currentAgendaItemId === walterItem!.id, 'the current item to move');
    expect((await ask(tab1, 'conference:setItem', { conferenceId: conference.id, agendaItemId: rosaItem!.id })).error?.code).toBe('forbidden');
    expect((await ask(chair, 'conference:timer', { conferenceId: conference.id, minutes: 10 })).ok).toBe(true);
    await waitFor(() => states.at(-1)?.timerEndsAt !== null, 'the timer');

    expect((await ask(tab1, 'conference:present', { conferenceId: conference.id, patientId: walterId, section: 'medications' })).ok).toBe(true);
    await waitFor(() => states.at(-1)?.presenter?.section === 'medications', 'the presenter');
    expect(states.at(-1)!.presenter).toMatchObject({ name: 'Dr. Samuel Okoro', patientId: walterId });

    expect((await ask(tab1, 'conference:decision', { conferenceId: conference.id, agendaItemId: walterItem!.id, text: 'Stop the evening dose of metoprolol.' })).ok).toBe(true);
    const action = await ask(chair, 'conference:actionItem', { conferenceId: conference.id, agendaItemId: walterItem!.id, title: 'Call the pharmacy about the new dose', ownerId: ids.pharmacist, dueDate: '2026-12-03' });
    expect(action.ok).toBe(true);
    expect((await ask(chair, 'conference:actionItem', { conferenceId: conference.id, agendaItemId: staffing!.id, title: 'x', ownerId: ids.pharmacist, dueDate: '2026-12-03' })).error?.code).toBe('validation_failed');

    const plan = connectPlan(server.url, coordinator, walterId, 'clinical', { doc: new Y.Doc() });
    await whenSynced(plan);
    const tasks = Object.values(plan.doc.getMap('interventions').toJSON()) as Array<{ title: string; owner: string; dueDate: string; source: string }>;
    expect(tasks).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Call the pharmacy about the new dose', owner: ids.pharmacist, dueDate: '2026-12-03', source: 'Conference: Tuesday huddle' })]));
    plan.destroy();

    const summary = await (await physician.get(`/api/conferences/${conference.id}/summary`)).json();
    expect(summary.attendees.map((a: { name: string }) => a.name).sort()).toEqual(['Dr. Samuel Okoro', 'Maya Chen', 'Priya Natarajan, PharmD']);
    expect(summary.conference.decisions[0]).toMatchObject({ text: 'Stop the evening dose of metoprolol.', by: 'Dr. Samuel Okoro', agendaItemId: walterItem!.id });
    expect(summary.conference.actionItems[0]).toMatchObject({ ownerName: 'Priya Natarajan, PharmD', patientId: walterId });

    tab2.disconnect();
    tab1.disconnect();
    await waitFor(() => attendeeLists.at(-1)?.length === 2, 'the physician to leave once both tabs close');
  });

  it('denies people who are not invited (404 over HTTP, not_found over Socket.IO)', async () => {
    const [conference] = (await (await coordinator.get('/api/conferences')).json()).conferences as Conference[];
    const admin = await signedIn(server.url, 'admin');
    expect((await admin.get(`/api/conferences/${conference!.id}`)).status).toBe(404);
    expect((await admin.get(`/api/conferences/${conference!.id}/summary`)).status).toBe(404);
    const s = await open(admin);
    expect((await ask(s, 'conference:join', { conferenceId: conference!.id })).error?.code).toBe('not_found');
    expect((await (await admin.get('/api/conferences')).json()).conferences).toEqual([]);
  });
});
