import type { ConferenceRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { activeMembership } from '../consent/sharingPreferences';
import { forbidden, notFound } from '../errors';
import { canChair, isConferenceMember } from '../policies/conferencePolicy';
import type { Services } from '../services';

/**
 * Whether someone is still on the team of every patient on the agenda (a
 * family member: still shared with). Invitations do not outlive leaving a
 * team or the patient withdrawing consent.
 */
export async function onEveryAgendaTeam(services: Services, userId: string, conference: ConferenceRecord): Promise<boolean> {
  const patientIds = [...new Set(conference.agenda.flatMap((a) => (a.patientId ? [a.patientId] : [])))];
  const active = await Promise.all(patientIds.map((patientId) => activeMembership(services, patientId, userId)));
  return active.every((a) => a !== null);
}

/** A conference the user takes part in; anyone else gets "not found", audited. */
export async function requireConference(services: Services, actor: Actor, conferenceId: string, type: string): Promise<ConferenceRecord> {
  const conference = await services.store.conferences.find(conferenceId);
  if (!conference || !isConferenceMember(actor, conference) || !(await onEveryAgendaTeam(services, actor.userId, conference))) {
    await services.audit.record({ actor, action: 'R', type, resourceType: 'Encounter', resourceId: conferenceId, outcome: 'denied', reason: 'not invited, or no longer on an agenda patient\'s team' });
    throw notFound('Conference');
  }
  return conference;
}

/** As above, and the user chairs it. */
export async function requireChair(services: Services, actor: Actor, conferenceId: string, type: string): Promise<ConferenceRecord> {
  const conference = await requireConference(services, actor, conferenceId, type);
  if (!canChair(actor, conference)) throw forbidden('Only the chair runs the agenda and the timer.');
  return conference;
}
