import type { Conference, ScheduleConferenceInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { ConferenceRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, invalid } from '../errors';
import { activeMembership } from '../consent/sharingPreferences';
import type { Services } from '../services';
import { presentConference } from './presentConference';

/** How long after its start a conference may still be scheduled (an ad-hoc huddle entered as it begins). */
const STARTED_GRACE_MS = 15 * 60_000;

/**
 * Schedules a conference. Only staff schedule; the scheduler must coordinate
 * every patient on the agenda, and every invitee must be on each of those
 * care teams — family caregivers only with the patient's consent (they join
 * plan reviews as guests), and only when a patient of theirs is on the
 * agenda: a conference never shows a patient, or the team, to someone it may not.
 */
export async function scheduleConference(services: Services, actor: Actor, input: ScheduleConferenceInput): Promise<Conference> {
  if (actor.kind !== 'staff') {
    await services.audit.record({ actor, action: 'C', type: 'conference.schedule', resourceType: 'Encounter', outcome: 'denied', reason: 'only staff schedule conferences' });
    throw forbidden('Only staff schedule case conferences.');
  }
  // A huddle that has just begun may still be put on the calendar; one that is over may not.
  if (Date.parse(input.scheduledFor) < services.clock.now().getTime() - STARTED_GRACE_MS) {
    throw invalid('scheduledFor', 'Choose a time that has not passed yet.');
  }
  const patientIds = [...new Set(input.agenda.flatMap((a) => (a.patientId ? [a.patientId] : [])))];
  for (const [i, item] of input.agenda.entries()) {
    if (!item.patientId) continue;
    const membership = await services.store.careTeams.find(item.patientId, actor.userId);
    if (membership?.role !== 'care_coordinator') throw invalid(`agenda.${i}.patientId`, 'You can only put patients you coordinate on the agenda.');
  }
  const invitees = [...new Set(input.inviteeIds.filter((id) => id !== actor.userId))];
  const accounts = new Map((await services.store.users.findManyByIds(invitees)).map((u) => [u.id, u]));
  for (const [i, userId] of invitees.entries()) {
    // With no patient on the agenda there is no consent to invite family under: staff only.
    if (accounts.get(userId)?.kind !== 'staff' && (patientIds.length === 0 || !accounts.has(userId))) {
      throw invalid(`inviteeIds.${i}`, 'Invite staff, or family members of a patient on the agenda who share with them.');
    }
    for (const patientId of patientIds) {
      if (!(await activeMembership(services, patientId, userId))) {
        throw invalid(`inviteeIds.${i}`, 'Every invitee must be on the care team of every patient on the agenda (family members: with the patient\'s consent to share).');
      }
    }
  }
  const conference: ConferenceRecord = {
    id: randomUUID(), title: input.title, scheduledFor: input.scheduledFor, createdBy: actor.userId,
    agenda: input.agenda.map((a) => ({ id: randomUUID(), patientId: a.patientId ?? null, topic: a.topic })), inviteeIds: invitees,
    currentAgendaItemId: null, timerEndsAt: null, presenter: null, createdAt: services.clock.now().toISOString(),
  };
  await services.store.conferences.create(conference);
  for (const patientId of patientIds) {
    await services.audit.record({ actor, role: 'care_coordinator', patientId, action: 'C', type: 'conference.schedule', resourceType: 'Encounter', resourceId: conference.id, outcome: 'success' });
  }
  return presentConference(services, conference, actor.userId);
}
