import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { buildWorld, type ActorName, type World } from './actors';
import { HTTP_MATRIX } from './httpMatrix';
import { coordinatorNote, SOCKET_MATRIX } from './socketMatrix';
import { ask, connectSocket, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';
import { daysFromNow } from '../support/when';

/** Signed-in actors who can be shown patient data. */
const READERS = ['coordinator', 'physician', 'pharmacist', 'caregiver', 'offTeamStaff'] as const satisfies readonly ActorName[];
/**
 * Routes that sign in, out (here or everywhere), change the password or accept an invitation end or
 * make sessions and show no patient: the matrix test covers them with clients of their own.
 */
const SESSIONLESS = new Set([
  'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/logout-everywhere', 'POST /api/account/password', 'POST /api/invitations/:token/accept',
]);
/**
 * Routes whose responses name patients without showing their data: the audit
 * trail itself (a review is audited as `audit.read` for its patient, an export
 * as `audit.export` for its range — naming every patient of an organization-wide
 * export would turn one export into thousands of records).
 */
const TRAIL_ITSELF = new Set(['GET /api/patients/:patientId/audit', 'GET /api/admin/audit/export']);

describe('audit coverage: every route and event that shows a patient\'s data leaves a record naming each patient shown', () => {
  let server: TestServer;
  let world: World;
  let patients: string[];
  const userIds: Partial<Record<ActorName, string>> = {};

  /** The demo patients whose ids appear in a response. */
  const shownIn = (text: string): string[] => patients.filter((id) => text.includes(id));
  const lastSeq = async (): Promise<number> => {
    let seq = 0;
    for await (const r of server.services.store.audit.iterateAll()) seq = r.seq;
    return seq;
  };
  /** Patients named by the actor's records after `afterSeq`. */
  const audited = async (actor: ActorName, afterSeq: number): Promise<Set<string | null>> =>
    new Set((await server.services.store.audit.list({ afterSeq, userId: userIds[actor]!, limit: 10_000 })).map((r) => r.patientId));

  beforeAll(async () => {
    server = await startTestServer();
    const base = await buildWorld(server);
    const version = await (await base.clients.coordinator.post(`/api/patients/${base.rosaId}/plan/versions`, { title: 'Fixture' })).json();
    const walterId = await patientIdByName(base.clients.coordinator, 'Walter Kim');
    const conference = await (await base.clients.coordinator.post('/api/conferences', {
      title: 'Coverage huddle', scheduledFor: daysFromNow(4), agenda: [{ patientId: base.rosaId, topic: 'Review' }],
      inviteeIds: [base.ids.physician, base.ids.pharmacist, base.ids.caregiver],
    })).json();
    // A second conference with two patients on its agenda: listing conferences shows both.
    const twoPatients = await base.clients.coordinator.post('/api/conferences', {
      title: 'Two patients', scheduledFor: daysFromNow(5), agenda: [{ patientId: base.rosaId, topic: 'Review' }, { patientId: walterId, topic: 'Discharge' }],
    });
    expect(twoPatients.status).toBe(201);
    world = { ...base, versionId: version.id, teamThreadId: '', conferenceId: conference.id, agendaItemId: conference.agenda[0].id };
    world.teamThreadId = (await coordinatorNote(world)).threadId;
    patients = [base.rosaId, walterId, await patientIdByName(base.clients.coordinator, 'Amara Okafor')];
    for (const actor of READERS) userIds[actor] = ((await (await world.clients[actor].get('/api/me')).json()) as { id: string }).id;
  });
  afterAll(() => server.close());

  it('1. the physician joins the conference; 2. the coordinator moves it on; 3. the state pushed to the physician was audited for them, per agenda patient', async () => {
    const physician = connectSocket(server.url, world.clients.physician);
    const chair = connectSocket(server.url, world.clients.coordinator);
    try {
      await Promise.all([whenConnected(physician), whenConnected(chair)]);
      expect((await ask(physician, 'conference:join', { conferenceId: world.conferenceId })).error).toBeUndefined();
      const pushed: Array<{ conference: { timerEndsAt: string | null } }> = [];
      physician.on('conference:state', (state: { conference: { timerEndsAt: string | null } }) => pushed.push(state));
      const before = await lastSeq();
      expect((await ask(chair, 'conference:timer', { conferenceId: world.conferenceId, minutes: 3 })).error).toBeUndefined();
      // The join's own state may still be on its way: wait for the state the timer made.
      await waitFor(() => pushed.some((p) => p.conference.timerEndsAt !== null), 'the new state to reach the physician');
      const records = await server.services.store.audit.list({ afterSeq: before, userId: userIds.physician!, limit: 100 });
      expect(records).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'conference.state', patientId: world.rosaId, resourceId: world.conferenceId })]));
    } finally {
      physician.disconnect();
      chair.disconnect();
    }
  });

  for (const [route, row] of Object.entries(HTTP_MATRIX)) {
    if (SESSIONLESS.has(route) || TRAIL_ITSELF.has(route)) continue;
    it(`HTTP ${route}`, async () => {
      for (const actor of READERS) {
        const probe = await row.probe(world, actor);
        const before = await lastSeq();
        const res = await world.clients[actor].request(probe.method, probe.path, probe.body, probe.headers);
        if (res.status >= 300) continue;
        const shown = shownIn(await res.text());
        const named = await audited(actor, before);
        expect({ actor, missing: shown.filter((id) => !named.has(id)) }).toEqual({ actor, missing: [] });
      }
    });
  }

  for (const [event, row] of Object.entries(SOCKET_MATRIX)) {
    it(`Socket.IO ${event}`, async () => {
      for (const actor of READERS) {
        const payload = await row.payload(world);
        const socket = connectSocket(server.url, world.clients[actor]);
        try {
          await whenConnected(socket);
          const before = await lastSeq();
          const answer = await ask(socket, event, payload);
          if (answer.error) continue;
          const shown = shownIn(JSON.stringify(answer));
          const named = await audited(actor, before);
          expect({ actor, missing: shown.filter((id) => !named.has(id)) }).toEqual({ actor, missing: [] });
        } finally {
          socket.disconnect();
        }
      }
    });
  }
});
