import type { ActorName, World, WrittenActor } from './actors';
import { completableReconciliation, openReconciliation } from './reconciliationFixtures';
import { completedScreening, inProgressScreening } from './screeningFixtures';
import { daysFromNow } from '../support/when';
import { coordinatorsPhoto, photoUpload } from './attachmentFixtures';

/** What a request for one actor looks like. */
export interface Probe {
  method: string;
  path: string;
  body?: unknown;
  /** Request headers beyond the session's (a file upload's content type). */
  headers?: Record<string, string>;
}

/** Expected status per actor, written out by hand: this table is the specification. */
export type Expectation = Record<WrittenActor, number>;

const all = (status: number): Expectation => ({ anonymous: status, coordinator: status, physician: status, pharmacist: status, caregiver: status, offTeamStaff: status, revokedCaregiver: status });
/** Readable by everyone on Rosa's team (caregiver included), hidden from everyone else. */
const teamRead: Expectation = { anonymous: 401, coordinator: 200, physician: 200, pharmacist: 200, caregiver: 200, offTeamStaff: 404, revokedCaregiver: 404 };
/** Readable by staff on Rosa's team who may read the clinical plan; the family side and everyone else get 404. */
const staffRead: Expectation = { ...teamRead, caregiver: 404 };

let unique = 0;
const next = () => (unique += 1);

/** A fresh pending invitation to Rosa's plan, made by her coordinator: its id and the token from its link. */
async function freshInvitation(w: World): Promise<{ id: string; token: string }> {
  const res = await w.clients.coordinator.post(`/api/patients/${w.rosaId}/invitations`, { email: `invitee${next()}@example.org`, relationship: 'neighbour', consentMethod: 'verbal' });
  const { invitation, link } = (await res.json()) as { invitation: { id: string }; link: string };
  return { id: invitation.id, token: link.split('/invite/')[1]! };
}

/** Rosa's preferences as seeded (her daughter sees the plan; behavioral health with the physician; substance use with the coordinator; a copy of the plan to her PCP). */
const rosaPreferences = (w: World) => ({
  family: [{ userId: w.ids.caregiver, sharedPlan: true, proposeGoals: true }], behavioralHealth: [w.ids.physician], substanceUse: [w.ids.coordinator],
  providers: [{ kind: 'team', userId: w.ids.physician, parts: ['shared', 'clinical'] }],
});
/** A one-line roster whose row is refused (born in the future), so probing writes no member. */
const ROSTER_PROBE = 'member_number,name,date_of_birth\nMX-ROSTER,Matrix Roster,2999-01-01';
const rosterProbe = (w: World): Probe => ({
  method: 'POST', path: `/api/roster-imports?format=csv&coordinatorId=${w.ids.coordinator}`, body: ROSTER_PROBE, headers: { 'content-type': 'text/csv' },
});
let rosterJob: Promise<string> | undefined;
/** One import job started by Rosa's coordinator for themselves. */
const coordinatorsRosterJob = (w: World): Promise<string> => (rosterJob ??= (async () => {
  const p = rosterProbe(w);
  const res = await w.clients.coordinator.request(p.method, p.path, p.body, p.headers);
  return ((await res.json()) as { id: string }).id;
})());

let notification: Promise<string> | undefined;
/** One notification in the coordinator's center (the daily due list, about no one patient). */
const coordinatorsNotification = (w: World): Promise<string> => (notification ??= (async () => {
  const id = `matrix-notification-${next()}`;
  await w.server.services.store.notifications.insert({
    id, userId: w.ids.coordinator!, kind: 'tasks_due', patientId: null, actorId: null, subjectId: null, dedupeKey: id,
    createdAt: new Date().toISOString(), expiresAt: '2099-01-01T00:00:00.000Z', readAt: null,
  }, 200);
  return id;
})());

/** Only her coordinator manages Rosa's consent and invitations. */
const coordinatorOnly = (status: number): Expectation => ({ anonymous: 401, coordinator: status, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 });

/** Only the member themself (her column is in memberColumn.ts): everyone else on Rosa's team is refused, everyone off it does not find her. */
const memberOnly: Expectation = { anonymous: 401, coordinator: 403, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 };

/**
 * The FHIR API is for staff and systems: the family side is refused outright (403, whether or not the patient
 * still shares with them); off-team staff get 404 for Rosa's resources and empty searches.
 */
const fhirRead: Expectation = { anonymous: 401, coordinator: 200, physician: 200, pharmacist: 200, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 403 };
/** Organization admins only (the off-team staff actor is the admin). */
const adminOnly = (status: number): Expectation => ({ ...all(403), anonymous: 401, offTeamStaff: status });
/** Program measures of Rosa's coordinator's caseload: the admin (off-team staff actor) and that coordinator. */
const measuresRead: Expectation = { ...all(403), anonymous: 401, coordinator: 200, offTeamStaff: 200 };
/** Staff may use it; family members may not. */
const staffOnly = (status: number): Expectation => ({ ...all(status), anonymous: 401, caregiver: 403, revokedCaregiver: 403 });
/** A small valid template, renamed each time. */
const matrixTemplate = () => ({
  title: `Matrix template ${next()}`, description: '', sources: [{ title: 'CDC STEADI', url: 'https://www.cdc.gov/steadi/index.html' }],
  needs: [{ id: 'mx-need', title: 'At risk of falling', domain: 'medical', goals: [{ id: 'mx-goal', title: 'No falls', targetInDays: 90, interventions: [] }] }],
});

let caseloadMember: Promise<string> | undefined;
/** A member enrolled by Rosa's coordinator only for the reassignment row, so handing them over changes no other row. */
const matrixCaseloadMember = (w: World): Promise<string> => (caseloadMember ??= (async () => {
  const res = await w.clients.coordinator.post('/api/patients', { name: 'Matrix Caseload', dateOfBirth: '1950-01-01', memberNumber: `MX-CASELOAD-${next()}`, enrollmentDate: '2026-01-02' });
  return ((await res.json()) as { id: string }).id;
})());
/** The organization's calendar day (America/New_York). */
const orgToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
/** Enrollment: staff on Rosa's team read it, supervisors and admins (the off-team staff actor is the admin) too; the family side does not. */
const enrollmentRead: Expectation = { ...staffRead, offTeamStaff: 200 };

/** Every HTTP route: how to call it for an actor, and what each actor must get. */
export const HTTP_MATRIX: Record<string, { probe: (w: World, actor: ActorName) => Probe | Promise<Probe>; expect: Expectation }> = {
  'GET /healthz': { probe: () => ({ method: 'GET', path: '/healthz' }), expect: all(200) },
  'GET /readyz': { probe: () => ({ method: 'GET', path: '/readyz' }), expect: all(200) },
  'GET /api/openapi.json': { probe: () => ({ method: 'GET', path: '/api/openapi.json' }), expect: all(200) },
  'POST /api/auth/login': {
    probe: (_w, actor) => ({ method: 'POST', path: '/api/auth/login', body: { email: actor === 'anonymous' ? 'nobody@example.org' : 'coordinator@demo.carehuddle.test', password: actor === 'anonymous' ? 'x' : 'carehuddle-demo' } }),
    expect: { ...all(200), anonymous: 401 },
  },
  'POST /api/auth/logout': { probe: () => ({ method: 'POST', path: '/api/auth/logout' }), expect: all(204) },
  'GET /api/me': { probe: () => ({ method: 'GET', path: '/api/me' }), expect: { ...all(200), anonymous: 401 } },
  // Ends every session of the caller only (the matrix signs them in again afterwards); returns nothing.
  'POST /api/auth/logout-everywhere': { probe: () => ({ method: 'POST', path: '/api/auth/logout-everywhere' }), expect: { ...all(204), anonymous: 401 } },
  'POST /api/auth/activity': { probe: () => ({ method: 'POST', path: '/api/auth/activity' }), expect: { ...all(204), anonymous: 401 } },
  // Only the caller's own password; a wrong current password is a field error for everyone signed in (nothing changes).
  'POST /api/account/password': {
    probe: () => ({ method: 'POST', path: '/api/account/password', body: { currentPassword: 'not-the-password', newPassword: 'a-long-new-password' } }),
    expect: { ...all(400), anonymous: 401 },
  },
  'GET /api/patients': { probe: () => ({ method: 'GET', path: '/api/patients' }), expect: { ...all(200), anonymous: 401 } },
  'POST /api/patients': {
    probe: () => ({ method: 'POST', path: '/api/patients', body: { name: 'Matrix Person', dateOfBirth: '1950-01-01', memberNumber: `MX-${next()}`, enrollmentDate: '2026-01-01' } }),
    expect: { anonymous: 401, coordinator: 201, physician: 201, pharmacist: 201, caregiver: 403, offTeamStaff: 201, revokedCaregiver: 403 },
  },
  'GET /api/patients/:patientId': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}` }), expect: teamRead },
  // Admins import for any coordinator, staff only for themselves (here: the coordinator's own import).
  'POST /api/roster-imports': { probe: (w) => rosterProbe(w), expect: { anonymous: 401, coordinator: 202, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 202, revokedCaregiver: 403 } },
  // A job names the members it imported: only whoever started it and the coordinator it assigns read it.
  'GET /api/roster-imports/:importId': {
    probe: async (w) => ({ method: 'GET', path: `/api/roster-imports/${await coordinatorsRosterJob(w)}` }),
    expect: { anonymous: 401, coordinator: 200, physician: 404, pharmacist: 404, caregiver: 404, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  // Rewrites Rosa's contact time with the value she already has in the demo, so the probe leaves her record as it was.
  'PATCH /api/patients/:patientId/details': {
    probe: (w) => ({ method: 'PATCH', path: `/api/patients/${w.rosaId}/details`, body: { preferredContactTime: 'Weekday mornings, after 9' } }),
    expect: coordinatorOnly(200),
  },
  'POST /api/patients/:patientId/care-team': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/care-team`, body: { userId: w.nurseId, role: 'nurse' } }),
    // The nurse is already on the team: the coordinator is allowed and gets the conflict; nobody else gets that far.
    expect: { anonymous: 401, coordinator: 409, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  'DELETE /api/patients/:patientId/care-team/:userId': {
    probe: (w) => ({ method: 'DELETE', path: `/api/patients/${w.rosaId}/care-team/not-a-member` }),
    expect: { anonymous: 401, coordinator: 404, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  'GET /api/staff': { probe: () => ({ method: 'GET', path: '/api/staff' }), expect: { anonymous: 401, coordinator: 200, physician: 200, pharmacist: 200, caregiver: 403, offTeamStaff: 200, revokedCaregiver: 403 } },
  'POST /api/admin/users': {
    probe: () => ({ method: 'POST', path: '/api/admin/users', body: { name: 'Matrix Staff', email: `matrix${next()}@example.org`, password: 'a-long-password-123' } }),
    expect: { ...all(403), anonymous: 401, offTeamStaff: 201 },
  },
  // Admins only (the off-team staff actor is the organization admin); returns the account without its password hash.
  'PATCH /api/admin/users/:userId': {
    probe: (w) => ({ method: 'PATCH', path: `/api/admin/users/${w.nurseId}`, body: { disabled: false } }),
    expect: { ...all(403), anonymous: 401, offTeamStaff: 200 },
  },
  'GET /api/patients/:patientId/plan/:audience/attribution': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/plan/shared/attribution` }), expect: teamRead },
  'POST /api/patients/:patientId/plan/:audience/print': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/plan/clinical/print` }),
    expect: { anonymous: 401, coordinator: 204, physician: 204, pharmacist: 204, caregiver: 404, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  'POST /api/patients/:patientId/plan/versions': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/plan/versions`, body: { title: 'Matrix review' } }),
    expect: { anonymous: 401, coordinator: 201, physician: 201, pharmacist: 403, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  'GET /api/patients/:patientId/plan/versions': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/plan/versions` }), expect: teamRead },
  // Only the member approves (her column: memberColumn.ts; test/integration/memberPortal.test.ts covers the approval itself).
  'POST /api/patients/:patientId/plan/versions/:versionId/approval': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/plan/versions/${w.versionId}/approval` }),
    expect: { anonymous: 401, coordinator: 403, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  'GET /api/patients/:patientId/plan/versions/:versionId/:audience': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/plan/versions/${w.versionId}/clinical` }),
    expect: { ...teamRead, caregiver: 404 },
  },
  'GET /api/patients/:patientId/threads': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/threads` }), expect: teamRead },
  'GET /api/patients/:patientId/threads/:threadId': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/threads/${w.teamThreadId}` }),
    expect: { ...teamRead, caregiver: 404 },
  },
  'GET /api/patients/:patientId/audit': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/audit?limit=5` }),
    expect: { anonymous: 401, coordinator: 200, physician: 403, pharmacist: 403, caregiver: 403, offTeamStaff: 200, revokedCaregiver: 404 },
  },
  'GET /api/admin/audit/export': { probe: () => ({ method: 'GET', path: '/api/admin/audit/export?format=csv' }), expect: { ...all(403), anonymous: 401, offTeamStaff: 200 } },
  'POST /api/conferences': {
    probe: (w) => ({ method: 'POST', path: '/api/conferences', body: { title: 'M', scheduledFor: daysFromNow(5), agenda: [{ patientId: w.rosaId, topic: 'Review' }] } }),
    // Only staff schedule; only the patient's coordinator may put them on an agenda, other staff get the same field error, which reveals nothing.
    expect: { ...all(400), anonymous: 401, coordinator: 201, caregiver: 403, revokedCaregiver: 403 },
  },
  'GET /api/conferences': { probe: () => ({ method: 'GET', path: '/api/conferences' }), expect: { ...all(200), anonymous: 401 } },
  'GET /api/conferences/:conferenceId': { probe: (w) => ({ method: 'GET', path: `/api/conferences/${w.conferenceId}` }), expect: teamRead },
  'GET /api/conferences/:conferenceId/summary': { probe: (w) => ({ method: 'GET', path: `/api/conferences/${w.conferenceId}/summary` }), expect: teamRead },
  'GET /api/worklist': { probe: () => ({ method: 'GET', path: '/api/worklist' }), expect: { ...all(200), anonymous: 401 } },
  // Program measures of Rosa's coordinator's caseload: program overseers (the admin) and that coordinator herself; any other reader
  // is refused — staff who enrolled someone earlier in the matrix coordinate a caseload of their own, never hers.
  'GET /api/measures': { probe: (w) => ({ method: 'GET', path: `/api/measures?coordinatorId=${w.ids.coordinator}` }), expect: measuresRead },
  'GET /api/measures/export.csv': { probe: (w) => ({ method: 'GET', path: `/api/measures/export.csv?coordinatorId=${w.ids.coordinator}` }), expect: measuresRead },
  // The start page and the status list show coordination data: staff only (each sees their own teams); the family side is refused.
  'GET /api/today': { probe: () => ({ method: 'GET', path: '/api/today' }), expect: { ...all(200), anonymous: 401, caregiver: 403, revokedCaregiver: 403 } },
  'GET /api/patient-overview': { probe: () => ({ method: 'GET', path: '/api/patient-overview' }), expect: { ...all(200), anonymous: 401, caregiver: 403, revokedCaregiver: 403 } },
  'GET /api/measures/:measureId/members': {
    probe: (w) => ({ method: 'GET', path: `/api/measures/screening_within_30_days/members?coordinatorId=${w.ids.coordinator}` }), expect: measuresRead,
  },
  'GET /api/measures/:measureId/fhir/MeasureReport': {
    probe: (w) => ({ method: 'GET', path: `/api/measures/follow_up_7_days/fhir/MeasureReport?month=${daysFromNow(0).slice(0, 7)}&coordinatorId=${w.ids.coordinator}` }), expect: measuresRead,
  },
  // A measure's definition names no one: any staff member may read it.
  'GET /api/measures/:measureId/fhir/Measure': { probe: () => ({ method: 'GET', path: '/api/measures/follow_up_7_days/fhir/Measure' }), expect: staffOnly(200) },
  // Tracked items belong to the clinical plan's audience (and the restricted records' for their categories): never the family's.
  // Active problems come from the clinical plan: staff who may read it; the family and everyone else get 404.
  'GET /api/patients/:patientId/problems': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/problems` }), expect: staffRead },
  'GET /api/patients/:patientId/tracking': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/tracking` }), expect: staffRead },
  'POST /api/patients/:patientId/tracking': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/tracking`, body: { kind: 'care_gap', description: 'Flu vaccine', dueDate: '2026-12-31' } }),
    expect: { anonymous: 401, coordinator: 201, physician: 201, pharmacist: 201, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  'POST /api/patients/:patientId/tracking/:itemId/progress': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/tracking/no-such-item/progress`, body: { action: 'visit_done', on: '2026-01-01' } }),
    expect: { anonymous: 401, coordinator: 404, physician: 404, pharmacist: 404, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  // Admission alerts: the review queue is the organization's care coordinators' (staff who coordinate someone). By this row the
  // physician, pharmacist and admin coordinate the "Matrix Person" each enrolled above (POST /api/patients); the family never reviews.
  // A FHIR sender needs the interface key, never a session.
  'GET /api/interfaces/review': { probe: () => ({ method: 'GET', path: '/api/interfaces/review' }), expect: { ...all(200), anonymous: 401, caregiver: 403, revokedCaregiver: 403 } },
  'POST /api/interfaces/review/:alertId/match': {
    probe: (w) => ({ method: 'POST', path: '/api/interfaces/review/no-such-alert/match', body: { patientId: w.rosaId } }),
    expect: { ...all(404), anonymous: 401, caregiver: 403, revokedCaregiver: 403 },
  },
  'POST /api/interfaces/review/:alertId/dismiss': {
    probe: () => ({ method: 'POST', path: '/api/interfaces/review/no-such-alert/dismiss', body: { reason: 'test_message' } }),
    expect: { ...all(404), anonymous: 401, caregiver: 403, revokedCaregiver: 403 },
  },
  'POST /api/interfaces/encounters': {
    probe: () => ({ method: 'POST', path: '/api/interfaces/encounters', body: { resourceType: 'Encounter', status: 'finished' } }),
    expect: all(401),
  },
  // Tasks belong to their document's audience (clinical here): staff on the team; the family side and everyone else get 404.
  'GET /api/tasks': { probe: () => ({ method: 'GET', path: '/api/tasks' }), expect: { ...all(200), anonymous: 401 } },
  // Everyone signed in may search; what comes back is narrowed to what each may read (test/integration/search.test.ts).
  'GET /api/search': { probe: () => ({ method: 'GET', path: '/api/search?q=rosa' }), expect: { ...all(200), anonymous: 401 } },
  'GET /api/patients/:patientId/tasks': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/tasks` }), expect: staffRead },
  'POST /api/patients/:patientId/tasks': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/tasks`, body: { title: 'Matrix task', ownerId: w.ids.coordinator, dueDate: '2026-12-31' } }),
    expect: { ...staffRead, coordinator: 201, physician: 201, pharmacist: 201 },
  },
  // A fresh task owned by the coordinator each time: staff who may own it claim it (the owner's own claim changes nothing).
  'POST /api/patients/:patientId/tasks/:taskId/actions': {
    probe: async (w) => {
      const res = await w.clients.coordinator.post(`/api/patients/${w.rosaId}/tasks`, { title: `Matrix claim ${next()}`, ownerId: w.ids.coordinator, dueDate: '2026-12-31' });
      const { id } = (await res.json()) as { id: string };
      return { method: 'POST', path: `/api/patients/${w.rosaId}/tasks/${id}/actions`, body: { action: 'claim' } };
    },
    expect: staffRead,
  },
  // The outreach log: read like the worklist's data; the family side may not write it (403), people off the team do not find the patient.
  'GET /api/patients/:patientId/outreach': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/outreach` }), expect: staffRead },
  'POST /api/patients/:patientId/outreach': {
    probe: (w) => ({
      method: 'POST', path: `/api/patients/${w.rosaId}/outreach`,
      body: { channel: 'phone', reached: 'nobody', outcome: 'left_message', attemptedOn: '2026-01-02', purpose: 'screening' },
    }),
    expect: { anonymous: 401, coordinator: 201, physician: 201, pharmacist: 201, caregiver: 403, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  // Medication reconciliations: staff who may read the clinical plan; the family side gets 404 like everyone off the team.
  'GET /api/patients/:patientId/reconciliations': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/reconciliations` }), expect: staffRead },
  'POST /api/patients/:patientId/reconciliations': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/reconciliations`, body: { trigger: 'on_request' } }),
    expect: { ...staffRead, coordinator: 201, physician: 201, pharmacist: 201 },
  },
  'GET /api/patients/:patientId/reconciliations/:reconciliationId': {
    probe: async (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/reconciliations/${(await openReconciliation(w)).id}` }), expect: staffRead,
  },
  'PUT /api/patients/:patientId/reconciliations/:reconciliationId/medications/:itemId': {
    probe: async (w) => {
      const rec = await openReconciliation(w);
      const body = { decision: 'change', discrepancy: { kind: 'dose_mismatch', note: 'Matrix' } };
      return { method: 'PUT', path: `/api/patients/${w.rosaId}/reconciliations/${rec.id}/medications/${rec.medications[0]!.itemId}`, body };
    },
    expect: staffRead,
  },
  'POST /api/patients/:patientId/reconciliations/:reconciliationId/medications': {
    probe: async (w) => ({
      method: 'POST', path: `/api/patients/${w.rosaId}/reconciliations/${(await openReconciliation(w)).id}/medications`,
      body: { name: 'Matrix aspirin', dose: '81 mg', source: 'discharge_summary' },
    }),
    // Those who decide on medications add the missing ones, as they decide (201 instead of 200).
    expect: { ...staffRead, coordinator: 201, physician: 201, pharmacist: 201 },
  },
  'POST /api/patients/:patientId/reconciliations/:reconciliationId/follow-ups': {
    probe: async (w) => ({
      method: 'POST', path: `/api/patients/${w.rosaId}/reconciliations/${(await openReconciliation(w)).id}/follow-ups`,
      body: { title: 'Call the prescriber', ownerId: w.ids.pharmacist, dueDate: '2026-12-05' },
    }),
    expect: { ...staffRead, coordinator: 201, physician: 201, pharmacist: 201 },
  },
  'POST /api/patients/:patientId/reconciliations/:reconciliationId/pharmacist-review': {
    probe: async (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/reconciliations/${(await openReconciliation(w)).id}/pharmacist-review` }),
    expect: { ...staffRead, coordinator: 403, physician: 403 },
  },
  'POST /api/patients/:patientId/reconciliations/:reconciliationId/complete': {
    probe: async (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/reconciliations/${(await completableReconciliation(w)).id}/complete` }),
    // Signed by a physician or nurse only.
    expect: { ...staffRead, coordinator: 403, pharmacist: 403 },
  },
  'GET /api/patients/:patientId/notes/changes': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/notes/changes?since=0` }), expect: teamRead },
  'GET /api/patients/:patientId/consent': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/consent` }),
    // The family does not see whom else the patient shares with.
    expect: { ...teamRead, caregiver: 403 },
  },
  'POST /api/patients/:patientId/consent': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/consent`, body: { preferences: rosaPreferences(w), method: 'written', givenOn: '2026-01-05' } }),
    expect: coordinatorOnly(201),
  },
  // The member's own choice of who in the family sees the plan: staff and family are refused with a sentence. The member's
  // probe keeps her daughter sharing, as seeded, so the rows after it still see the seeded consent.
  'GET /api/patients/:patientId/family-sharing': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/family-sharing` }), expect: memberOnly },
  'PUT /api/patients/:patientId/family-sharing': {
    probe: (w) => ({ method: 'PUT', path: `/api/patients/${w.rosaId}/family-sharing`, body: { family: [{ userId: w.ids.caregiver, sharedPlan: true }] } }),
    expect: memberOnly,
  },
  // A copy of the plan leaves the organization: only her coordinator sends one (to her PCP, whom her consent names).
  'POST /api/patients/:patientId/plan/shares': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/plan/shares`, body: { recipientId: w.ids.physician } }),
    expect: coordinatorOnly(201),
  },
  'GET /api/patients/:patientId/plan/shares': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/plan/shares` }),
    // The family does not see which providers the plan went to.
    expect: { ...teamRead, caregiver: 403 },
  },
  'GET /api/patients/:patientId/invitations': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/invitations` }), expect: coordinatorOnly(200) },
  'POST /api/patients/:patientId/invitations': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/invitations`, body: { email: `matrix${next()}@example.org`, relationship: 'son', consentMethod: 'verbal' } }),
    expect: coordinatorOnly(201),
  },
  'POST /api/patients/:patientId/member-invitations': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/member-invitations`, body: { email: `matrix-member${next()}@example.org` } }),
    // Rosa already has her portal account (the member actor), so her coordinator, who alone may invite, is told so (409).
    expect: coordinatorOnly(409),
  },
  'DELETE /api/patients/:patientId/invitations/:invitationId': {
    probe: async (w) => ({ method: 'DELETE', path: `/api/patients/${w.rosaId}/invitations/${(await freshInvitation(w)).id}` }),
    expect: coordinatorOnly(204),
  },
  'POST /api/patients/:patientId/goal-suggestions': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/goal-suggestions`, body: { title: 'Matrix goal' } }),
    // Suggestions are the family's way in; the team edits the plan itself.
    expect: { anonymous: 401, coordinator: 403, physician: 403, pharmacist: 403, caregiver: 201, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  // The template library is a staff tool; admins (the off-team staff actor) add and edit; only the coordinator applies.
  'GET /api/plan-templates': { probe: () => ({ method: 'GET', path: '/api/plan-templates' }), expect: staffOnly(200) },
  'GET /api/plan-templates/:templateId': { probe: () => ({ method: 'GET', path: '/api/plan-templates/fall-risk?version=1' }), expect: staffOnly(200) },
  'POST /api/admin/plan-templates': {
    probe: () => ({ method: 'POST', path: '/api/admin/plan-templates', body: matrixTemplate() }),
    expect: { ...all(403), anonymous: 401, offTeamStaff: 201 },
  },
  'PUT /api/admin/plan-templates/:templateId': {
    probe: async (w) => {
      const latest = (await (await w.clients.coordinator.get('/api/plan-templates/fall-risk')).json()) as { version: number };
      return { method: 'PUT', path: '/api/admin/plan-templates/fall-risk', body: { baseVersion: latest.version, template: matrixTemplate() } };
    },
    expect: { ...all(403), anonymous: 401, offTeamStaff: 200 },
  },
  'POST /api/patients/:patientId/plan/templates': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/plan/templates`, body: { templateId: 'fall-risk', version: 1, deselected: ['fall-int-vision'] } }),
    expect: coordinatorOnly(201),
  },
  // Screenings hold depression and safety answers: administering staff only (not the pharmacist, not the family).
  'POST /api/patients/:patientId/screenings': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/screenings`, body: {} }),
    expect: { ...staffRead, coordinator: 201, physician: 201, pharmacist: 403, caregiver: 403 },
  },
  'GET /api/patients/:patientId/screenings': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/screenings` }),
    expect: { ...staffRead, pharmacist: 403, caregiver: 403 },
  },
  'GET /api/patients/:patientId/screenings/:screeningId': {
    probe: async (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/screenings/${(await completedScreening(w)).id}` }),
    expect: { ...staffRead, pharmacist: 403, caregiver: 403 },
  },
  'POST /api/patients/:patientId/screenings/:screeningId/complete': {
    probe: async (w) => {
      await completedScreening(w);
      return { method: 'POST', path: `/api/patients/${w.rosaId}/screenings/${(await inProgressScreening(w)).id}/complete` };
    },
    // Allowed staff get as far as the required answers (none are given); nobody else does.
    expect: { ...staffRead, coordinator: 400, physician: 400, pharmacist: 403, caregiver: 403 },
  },
  'POST /api/patients/:patientId/screenings/:screeningId/needs/:flagCode': {
    probe: async (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/screenings/${(await completedScreening(w)).id}/needs/food_insecurity`, body: { decision: 'dismiss' } }),
    expect: { ...staffRead, coordinator: 204, physician: 403, pharmacist: 403, caregiver: 403 },
  },
  'POST /api/patients/:patientId/risk': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/risk`, body: { riskLevel: 'High', reason: 'Matrix' } }),
    expect: { ...staffRead, coordinator: 201, physician: 403, pharmacist: 403, caregiver: 403 },
  },
  'GET /api/patients/:patientId/risk/history': {
    probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/risk/history` }),
    expect: { ...staffRead, pharmacist: 403, caregiver: 403 },
  },
  // The link is the credential: whoever holds a pending one may read and accept it (each probe uses a fresh one).
  'GET /api/invitations/:token': { probe: async (w) => ({ method: 'GET', path: `/api/invitations/${(await freshInvitation(w)).token}` }), expect: all(200) },
  'POST /api/invitations/:token/accept': {
    probe: async (w) => ({ method: 'POST', path: `/api/invitations/${(await freshInvitation(w)).token}/accept`, body: { name: 'Matrix Invitee', password: 'a-long-password-123' } }),
    expect: all(201),
  },
  // The CapabilityStatement is public, as FHIR servers' metadata is.
  'GET /fhir/R4/metadata': { probe: () => ({ method: 'GET', path: '/fhir/R4/metadata' }), expect: all(200) },
  'GET /fhir/R4/:type': { probe: (w) => ({ method: 'GET', path: `/fhir/R4/CarePlan?patient=${w.rosaId}` }), expect: { ...fhirRead, offTeamStaff: 200 } },
  'GET /fhir/R4/:type/:id': { probe: (w) => ({ method: 'GET', path: `/fhir/R4/CarePlan/${w.rosaId}` }), expect: fhirRead },
  'GET /fhir/R4/Patient/:id/$everything': { probe: (w) => ({ method: 'GET', path: `/fhir/R4/Patient/${w.rosaId}/$everything` }), expect: fhirRead },
  'GET /fhir/R4/Patient/:id/$care-plan': { probe: (w) => ({ method: 'GET', path: `/fhir/R4/Patient/${w.rosaId}/$care-plan` }), expect: fhirRead },
  'GET /api/admin/api-clients': { probe: () => ({ method: 'GET', path: '/api/admin/api-clients' }), expect: adminOnly(200) },
  'POST /api/admin/api-clients': {
    probe: () => ({ method: 'POST', path: '/api/admin/api-clients', body: { name: `Matrix system ${next()}`, scopes: ['system/Patient.read'], expiresOn: '2099-01-01' } }),
    expect: adminOnly(201),
  },
  'POST /api/admin/api-clients/:clientId/revoke': {
    probe: async (w) => {
      const created = await w.clients.offTeamStaff.post('/api/admin/api-clients', { name: `Matrix revoke ${next()}`, scopes: ['system/Patient.read'], expiresOn: '2099-01-01' });
      const { client } = (await created.json()) as { client: { id: string } };
      return { method: 'POST', path: `/api/admin/api-clients/${client.id}/revoke` };
    },
    expect: adminOnly(200),
  },
  // Caseloads: supervisors and admins only (the off-team staff actor is the admin).
  'GET /api/caseloads': { probe: () => ({ method: 'GET', path: '/api/caseloads' }), expect: adminOnly(200) },
  'POST /api/caseloads/reassign': {
    probe: async (w) => ({ method: 'POST', path: '/api/caseloads/reassign', body: { patientIds: [await matrixCaseloadMember(w)], toUserId: w.nurseId, note: 'Balancing caseloads' } }),
    expect: adminOnly(200),
  },
  'GET /api/patients/:patientId/enrollment': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/enrollment` }), expect: enrollmentRead },
  // Re-enrolling Rosa, who is enrolled: those who may change enrollment get past the policy to the conflict, and nothing changes.
  'POST /api/patients/:patientId/enrollment': {
    probe: (w) => ({ method: 'POST', path: `/api/patients/${w.rosaId}/enrollment`, body: { action: 'enroll', program: 'care_coordination', on: orgToday() } }),
    expect: { anonymous: 401, coordinator: 409, physician: 403, pharmacist: 403, caregiver: 404, offTeamStaff: 409, revokedCaregiver: 404 },
  },
  // Files on Rosa's record are clinical record: staff who read the clinical plan add and read them; the family side gets 404.
  'POST /api/patients/:patientId/attachments': {
    probe: (w) => photoUpload(w),
    expect: { anonymous: 401, coordinator: 201, physician: 201, pharmacist: 201, caregiver: 404, offTeamStaff: 404, revokedCaregiver: 404 },
  },
  // The list holds only what each viewer may read (a caregiver with consent gets the files on what is shared with family).
  'GET /api/patients/:patientId/attachments': { probe: (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/attachments` }), expect: teamRead },
  'GET /api/patients/:patientId/attachments/:attachmentId/content': {
    probe: async (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/attachments/${await coordinatorsPhoto(w)}/content` }), expect: staffRead,
  },
  'GET /api/patients/:patientId/attachments/:attachmentId/preview': {
    probe: async (w) => ({ method: 'GET', path: `/api/patients/${w.rosaId}/attachments/${await coordinatorsPhoto(w)}/preview` }), expect: staffRead,
  },
  // Everyone signed in has a center of their own; it lists only what each may still see (notificationCenter.test.ts).
  'GET /api/notifications': { probe: () => ({ method: 'GET', path: '/api/notifications' }), expect: { ...all(200), anonymous: 401 } },
  'POST /api/notifications/read-all': { probe: () => ({ method: 'POST', path: '/api/notifications/read-all' }), expect: { ...all(204), anonymous: 401 } },
  // A notification of the coordinator's: nobody else may touch it (it does not exist for them).
  'POST /api/notifications/:notificationId/read': {
    probe: async (w) => ({ method: 'POST', path: `/api/notifications/${await coordinatorsNotification(w)}/read` }),
    expect: { ...all(404), anonymous: 401, coordinator: 204 },
  },
  'GET /api/account/notification-settings': { probe: () => ({ method: 'GET', path: '/api/account/notification-settings' }), expect: { ...all(200), anonymous: 401 } },
  // The caller's own settings only: the route takes no user id.
  'PUT /api/account/notification-settings': {
    probe: () => ({
      method: 'PUT', path: '/api/account/notification-settings',
      body: { emailMentions: true, emailFamilyMessages: true, emailDigest: true, digestTime: '07:00', timeZone: 'America/New_York' },
    }),
    expect: { ...all(200), anonymous: 401 },
  },
  // The caller's own language only (English, so the rest of the matrix reads as before): every signed-in person, family included.
  'PUT /api/account/language': { probe: () => ({ method: 'PUT', path: '/api/account/language', body: { preferredLanguage: 'en' } }), expect: { ...all(204), anonymous: 401 } },
  // The caller's own work phone: staff only (family accounts have none). Clearing keeps the rest of the matrix unchanged.
  'GET /api/account/work-phone': { probe: () => ({ method: 'GET', path: '/api/account/work-phone' }), expect: { ...all(200), anonymous: 401, caregiver: 403, revokedCaregiver: 403 } },
  'PUT /api/account/work-phone': {
    probe: () => ({ method: 'PUT', path: '/api/account/work-phone', body: { workPhone: null } }),
    expect: { ...all(200), anonymous: 401, caregiver: 403, revokedCaregiver: 403 },
  },
};
