import { CLOSE_CODES, PLAN_AUDIENCES, type PlanAudience } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOCKET_EVENT_SCHEMAS } from '../../server/src/realtime/socket/socketEventSchemas';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { waitFor } from '../support/wait';
import { ACTORS, buildWorld, withDerived, type World, type WrittenActor } from './actors';
import { HTTP_MATRIX } from './httpMatrix';
import { MEMBER_DOCUMENT, MEMBER_HTTP, MEMBER_SCREENING, MEMBER_SOCKET } from './memberColumn';
import { inProgressScreening } from './screeningFixtures';
import { coordinatorNote, SOCKET_MATRIX, socketOutcome } from './socketMatrix';
import { daysFromNow } from '../support/when';

/** Plan documents: `write`, `read`, or the close code a refused connection gets. Written out by hand. */
const DOCUMENT_MATRIX: Record<WrittenActor, Record<PlanAudience, 'write' | 'read' | number>> = {
  anonymous: { shared: CLOSE_CODES.unauthenticated, clinical: CLOSE_CODES.unauthenticated, sensitive: CLOSE_CODES.unauthenticated, substanceUse: CLOSE_CODES.unauthenticated },
  coordinator: { shared: 'write', clinical: 'write', sensitive: 'write', substanceUse: 'write' },
  // Rosa consented to behavioral health with her physician, but not substance use (the stricter rule).
  physician: { shared: 'write', clinical: 'write', sensitive: 'read', substanceUse: CLOSE_CODES.forbidden },
  pharmacist: { shared: 'read', clinical: 'write', sensitive: CLOSE_CODES.forbidden, substanceUse: CLOSE_CODES.forbidden },
  caregiver: { shared: 'read', clinical: CLOSE_CODES.forbidden, sensitive: CLOSE_CODES.forbidden, substanceUse: CLOSE_CODES.forbidden },
  offTeamStaff: { shared: CLOSE_CODES.forbidden, clinical: CLOSE_CODES.forbidden, sensitive: CLOSE_CODES.forbidden, substanceUse: CLOSE_CODES.forbidden },
  revokedCaregiver: { shared: CLOSE_CODES.forbidden, clinical: CLOSE_CODES.forbidden, sensitive: CLOSE_CODES.forbidden, substanceUse: CLOSE_CODES.forbidden },
};

/** A screening in progress: administering staff and the consented family caregiver fill it in (docs/screening.md). */
const SCREENING_DOCUMENT: Record<WrittenActor, 'write' | 'read' | number> = {
  anonymous: CLOSE_CODES.unauthenticated, coordinator: 'write', physician: 'write', pharmacist: CLOSE_CODES.forbidden, caregiver: 'write',
  offTeamStaff: CLOSE_CODES.forbidden, revokedCaregiver: CLOSE_CODES.forbidden,
};

/** Routes whose request must come from a client with no session of its own (they sign in, out, or accept an invitation). */
const sessionless = new Set(['POST /api/auth/login', 'POST /api/invitations/:token/accept']);

describe('one authorization matrix: every role × every route, event and document class, against the real server', () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer();
    const base = await buildWorld(server);
    const version = await (await base.clients.coordinator.post(`/api/patients/${base.rosaId}/plan/versions`, { title: 'Fixture' })).json();
    const conference = await (await base.clients.coordinator.post('/api/conferences', {
      title: 'Matrix huddle', scheduledFor: daysFromNow(4), agenda: [{ patientId: base.rosaId, topic: 'Review' }],
      inviteeIds: [base.ids.physician, base.ids.pharmacist, base.ids.caregiver],
    })).json();
    world = { ...base, versionId: version.id, teamThreadId: '', conferenceId: conference.id, agendaItemId: conference.agenda[0].id };
    world.teamThreadId = (await coordinatorNote(world)).threadId;
  });
  afterAll(() => server.close());

  it('lists every HTTP route and every Socket.IO event (adding one without a matrix row fails here)', () => {
    expect(Object.keys(HTTP_MATRIX).sort()).toEqual(server.routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort());
    expect(Object.keys(SOCKET_MATRIX).sort()).toEqual(Object.keys(SOCKET_EVENT_SCHEMAS).sort());
    expect(Object.keys(MEMBER_HTTP).sort()).toEqual(Object.keys(HTTP_MATRIX).sort());
    expect(Object.keys(MEMBER_SOCKET).sort()).toEqual(Object.keys(SOCKET_MATRIX).sort());
  });

  for (const [route, row] of Object.entries(HTTP_MATRIX)) {
    it(`HTTP ${route}`, async () => {
      const got: Record<string, number> = {};
      for (const actor of ACTORS) {
        const probe = await row.probe(world, actor);
        // Signing in or out must not change the sessions the other rows use.
        const client = route === 'POST /api/auth/logout' ? await world.fresh(actor)
          : sessionless.has(route) ? new ApiClient(server.url) : world.clients[actor];
        got[actor] = (await client.request(probe.method, probe.path, probe.body, probe.headers)).status;
        // Signing out everywhere also ends the session the other rows use.
        if (route === 'POST /api/auth/logout-everywhere') world.clients[actor] = await world.fresh(actor);
      }
      expect(got).toEqual(withDerived(row.expect, MEMBER_HTTP[route]));
    });
  }

  for (const [event, row] of Object.entries(SOCKET_MATRIX)) {
    it(`Socket.IO ${event}`, async () => {
      const got: Record<string, string> = {};
      for (const actor of ACTORS) got[actor] = await socketOutcome(world, actor, event, await row.payload(world));
      expect(got).toEqual(withDerived(row.expect, MEMBER_SOCKET[event]));
    });
  }

  it('Yjs screening:<patient>:<screening>', async () => {
    const docName = `screening:${world.rosaId}:${(await inProgressScreening(world)).id}`;
    const got: Record<string, string | number> = {};
    for (const actor of ACTORS) {
      const doc = connectPlan(server.url, actor === 'anonymous' ? null : world.clients[actor], world.rosaId, 'shared', { docName });
      await waitFor(() => doc.access !== null || doc.closed !== null, `${actor} to be admitted or refused`);
      got[actor] = doc.access ?? doc.closed!.code;
      if (doc.access) await whenSynced(doc);
      else await whenClosed(doc);
      doc.destroy();
    }
    expect(got).toEqual(withDerived(SCREENING_DOCUMENT, MEMBER_SCREENING));
  });

  for (const audience of PLAN_AUDIENCES) {
    it(`Yjs plan:<patient>:${audience}`, async () => {
      const got: Record<string, string | number> = {};
      for (const actor of ACTORS) {
        const plan = connectPlan(server.url, actor === 'anonymous' ? null : world.clients[actor], world.rosaId, audience);
        await waitFor(() => plan.access !== null || plan.closed !== null, `${actor} to be admitted or refused`);
        got[actor] = plan.access ?? plan.closed!.code;
        if (plan.access) await whenSynced(plan);
        else await whenClosed(plan);
        plan.destroy();
      }
      expect(got).toEqual(withDerived(Object.fromEntries(Object.entries(DOCUMENT_MATRIX).map(([a, row]) => [a, row[audience]])) as Record<WrittenActor, string | number>, MEMBER_DOCUMENT[audience]));
    });
  }
});
