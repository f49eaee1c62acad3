import type { Conference } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, socketPool } from '../support/socket';
import { waitFor } from '../support/wait';
import { daysFromNow } from '../support/when';

/** Who schedules, is invited to, presents in and writes from a case conference. */
describe('conference roles follow the plan\'s access rules', () => {
  let server: TestServer;
  let rosaId: string;
  const c: Record<string, ApiClient> = {};
  const ids: Record<string, string> = {};
  const sockets = socketPool(() => server.url);
  const at = daysFromNow(4);
  beforeAll(async () => {
    server = await startTestServer();
    for (const who of ['coordinator', 'physician', 'nurse', 'chw', 'pharmacist', 'caregiver', 'admin']) {
      c[who] = await signedIn(server.url, who);
      ids[who] = ((await (await c[who].get('/api/me')).json()) as { id: string }).id;
    }
    rosaId = await patientIdByName(c.coordinator!, 'Rosa Delgado');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });
  const schedule = (who: string, body: Record<string, unknown>) => c[who]!.post('/api/conferences', { title: 'Huddle', scheduledFor: at, ...body });
  const fieldOf = async (res: Response) => ((await res.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]?.path;

  it('requires sign-in', async () => {
    expect((await new ApiClient(server.url).post('/api/conferences', { title: 'x', scheduledFor: at, agenda: [{ topic: 'x' }] })).status).toBe(401);
  });

  it('1. a family caregiver cannot schedule, even a topic-only huddle; 2. family are invited only with a consenting patient on the agenda; 3. unknown people never', async () => {
    expect((await schedule('caregiver', { agenda: [{ topic: 'Staffing' }], inviteeIds: [ids.coordinator] })).status).toBe(403);
    const topicOnly = await schedule('coordinator', { agenda: [{ topic: 'Staffing' }], inviteeIds: [ids.nurse, ids.caregiver] });
    expect(topicOnly.status).toBe(400);
    expect(await fieldOf(topicOnly)).toBe('inviteeIds.1');
    const stranger = await schedule('coordinator', { agenda: [{ topic: 'Staffing' }], inviteeIds: ['no-such-user'] });
    expect(stranger.status).toBe(400);
    expect((await schedule('coordinator', { agenda: [{ topic: 'Staffing' }], inviteeIds: [ids.nurse, ids.admin] })).status).toBe(201);
    expect((await schedule('coordinator', { agenda: [{ patientId: rosaId, topic: 'Plan review' }], inviteeIds: [ids.caregiver] })).status).toBe(201);
  });

  it('1. a plan review with Elena; 2. she may not present; 3. the coordinator presents substance use: Elena sees that a section is presented, never which; 4. the shared goals are named to her', async () => {
    const res = await schedule('coordinator', { agenda: [{ patientId: rosaId, topic: 'Plan review' }], inviteeIds: [ids.caregiver, ids.physician] });
    const conferenceId = ((await res.json()) as Conference).id;
    const [chair, elena, doctor] = await Promise.all([sockets.open(c.coordinator!), sockets.open(c.caregiver!), sockets.open(c.physician!)]);
    const seen = (socket: typeof chair) => {
      const states: Conference[] = [];
      socket.on('conference:state', (e) => states.push(e.conference));
      return states;
    };
    const [toElena, toDoctor] = [seen(elena), seen(doctor)];
    for (const s of [chair, elena, doctor]) expect((await ask(s, 'conference:join', { conferenceId })).ok).toBe(true);

    expect((await ask(elena, 'conference:present', { conferenceId, patientId: rosaId, section: 'goals' })).error?.code).toBe('forbidden');
    // The physician may not present what Rosa does not share with him.
    expect((await ask(doctor, 'conference:present', { conferenceId, patientId: rosaId, section: 'substanceUse' })).error?.code).toBe('validation_failed');

    const own = await ask(chair, 'conference:present', { conferenceId, patientId: rosaId, section: 'substanceUse' });
    expect((own.conference as Conference).presenter?.section).toBe('substanceUse');
    await waitFor(() => toElena.some((s) => s.presenter !== null) && toDoctor.some((s) => s.presenter !== null), 'the presenter to reach the attendees');
    for (const states of [toElena, toDoctor]) expect(states.at(-1)!.presenter).toMatchObject({ userId: ids.coordinator, patientId: rosaId, section: null });
    expect(JSON.stringify([...toElena, ...toDoctor])).not.toContain('substanceUse');
    expect((await (await c.caregiver!.get(`/api/conferences/${conferenceId}`)).json() as Conference).presenter?.section).toBeNull();
    expect(JSON.stringify(await (await c.caregiver!.get('/api/conferences')).json())).not.toContain('substanceUse');
    expect(JSON.stringify(await (await c.caregiver!.get(`/api/conferences/${conferenceId}/summary`)).json())).not.toContain('substanceUse');

    await ask(chair, 'conference:present', { conferenceId, patientId: rosaId, section: 'goals' });
    await waitFor(() => toElena.at(-1)?.presenter?.section === 'goals', 'the shared section to be named to Elena');
  });

  it('1. a community health worker, who only reads the clinical plan, may not turn an action item into a task; 2. owners must read the clinical plan', async () => {
    const res = await schedule('coordinator', { agenda: [{ patientId: rosaId, topic: 'Follow-ups' }], inviteeIds: [ids.chw, ids.pharmacist] });
    const conference = (await res.json()) as Conference;
    const [chair, chw, pharmacist] = await Promise.all([sockets.open(c.coordinator!), sockets.open(c.chw!), sockets.open(c.pharmacist!)]);
    for (const s of [chair, chw, pharmacist]) await ask(s, 'conference:join', { conferenceId: conference.id });
    const action = (ownerId: string) => ({ conferenceId: conference.id, agendaItemId: conference.agenda[0]!.id, title: 'Call the cardiologist', ownerId, dueDate: '2026-12-05' });

    expect((await ask(chw, 'conference:actionItem', action(ids.chw!))).error?.code).toBe('forbidden');
    const family = await ask(chair, 'conference:actionItem', action(ids.caregiver!));
    expect(family.error?.code).toBe('validation_failed');
    expect(family.error?.fields?.[0]?.path).toBe('ownerId');
    // Pharmacists write the clinical plan's tasks; the CHW may own one (they read the clinical plan).
    expect((await ask(pharmacist, 'conference:actionItem', action(ids.chw!))).ok).toBe(true);
    const { actionItems } = (await (await c.coordinator!.get(`/api/conferences/${conference.id}`)).json()) as Conference;
    expect(actionItems.map((a) => a.ownerId)).toEqual([ids.chw]);
  });

  it('1. a plan review with Elena records an action item; 2. staff see the task; 3. Elena, who may not read the clinical plan, never receives it, live or over HTTP', async () => {
    const res = await schedule('coordinator', { agenda: [{ patientId: rosaId, topic: 'Plan review' }], inviteeIds: [ids.caregiver, ids.nurse] });
    const conference = (await res.json()) as Conference;
    const [chair, elena] = await Promise.all([sockets.open(c.coordinator!), sockets.open(c.caregiver!)]);
    const toElena: Conference[] = [];
    elena.on('conference:state', ({ conference: updated }: { conference: Conference }) => toElena.push(updated));
    for (const s of [chair, elena]) await ask(s, 'conference:join', { conferenceId: conference.id });
    const agendaItemId = conference.agenda[0]!.id;
    expect((await ask(chair, 'conference:actionItem', { conferenceId: conference.id, agendaItemId, title: 'Refer to addiction psychiatry', ownerId: ids.nurse, dueDate: '2026-12-05' })).ok).toBe(true);
    expect((await ask(chair, 'conference:decision', { conferenceId: conference.id, agendaItemId, text: 'Keep the Tuesday visits' })).ok).toBe(true);
    await waitFor(() => toElena.some((u) => u.decisions.length === 1), 'the decision to reach Elena');

    const staffView = (await (await c.nurse!.get(`/api/conferences/${conference.id}`)).json()) as Conference;
    expect(staffView.actionItems.map((a) => a.title)).toEqual(['Refer to addiction psychiatry']);
    expect(JSON.stringify(toElena)).not.toContain('addiction');
    for (const path of [`/api/conferences/${conference.id}`, `/api/conferences/${conference.id}/summary`, '/api/conferences']) {
      expect(JSON.stringify(await (await c.caregiver!.get(path)).json())).not.toContain('addiction');
    }
  });
});
