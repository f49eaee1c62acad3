import type { Conference, ConferenceSummary } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { ConferenceRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, invalid } from '../errors';
import { recordConferencesShown } from '../audit/patientsShown';
import { isFamilySide } from '../policies/notePolicy';
import type { Services } from '../services';
import { addTask } from '../tasks/createTask';
import { onEveryAgendaTeam, requireChair, requireConference } from './conferenceAccess';
import { presentConference } from './presentConference';
import { requireTaskWriter } from './requireTaskWriter';
import { mayReadSection } from './sectionAccess';

async function changed(services: Services, actor: Actor, c: ConferenceRecord): Promise<Conference> {
  const presented = await presentConference(services, c, actor.userId);
  services.events.publish({ type: 'conference.changed', conferenceId: c.id });
  return presented;
}

/** Decisions and action items are clinical record: staff only, and on the patient's team when the item is a patient. */
async function requireRecorder(services: Services, actor: Actor, patientId: string | null): Promise<void> {
  if (actor.kind !== 'staff') throw forbidden('Only staff record decisions and action items.');
  if (!patientId) return;
  const membership = await services.store.careTeams.find(patientId, actor.userId);
  if (!membership || isFamilySide(membership.role)) throw forbidden('Only the care team records decisions for this patient.');
}

function agendaItem(c: ConferenceRecord, agendaItemId: string) {
  const item = c.agenda.find((a) => a.id === agendaItemId);
  if (!item) throw invalid('agendaItemId', 'No such agenda item.');
  return item;
}

/** Joins (and records attendance); returns the conference. */
export async function joinConference(services: Services, actor: Actor, conferenceId: string): Promise<Conference> {
  const c = await requireConference(services, actor, conferenceId, 'conference.join');
  await services.store.conferences.recordAttendance(c.id, actor.userId, services.clock.now().toISOString());
  await recordConferencesShown(services, actor, [c], 'conference.join');
  return presentConference(services, c, actor.userId);
}

/** The chair moves the conference to an agenda item. */
export async function setAgendaItem(services: Services, actor: Actor, conferenceId: string, agendaItemId: string): Promise<Conference> {
  const c = await requireChair(services, actor, conferenceId, 'conference.agenda');
  agendaItem(c, agendaItemId);
  const next = { ...c, currentAgendaItemId: agendaItemId, timerEndsAt: null };
  await services.store.conferences.updateState(c.id, next);
  return changed(services, actor, next);
}

/** The chair starts (or clears) a timer for the current item. */
export async function setTimer(services: Services, actor: Actor, conferenceId: string, minutes: number | null): Promise<Conference> {
  const c = await requireChair(services, actor, conferenceId, 'conference.timer');
  const timerEndsAt = minutes === null ? null : new Date(services.clock.now().getTime() + minutes * 60_000).toISOString();
  const next = { ...c, timerEndsAt };
  await services.store.conferences.updateState(c.id, next);
  return changed(services, actor, next);
}

/** An attendee presents a plan section; attendees who follow the presenter go there. */
export async function present(services: Services, actor: Actor, conferenceId: string, patientId: string | null, section: string | null): Promise<Conference> {
  const c = await requireConference(services, actor, conferenceId, 'conference.present');
  // Family guests follow; presenting steers every attendee's view of the plan, which is the team's to do.
  if (actor.kind !== 'staff') throw forbidden('Only staff present plan sections.');
  if (patientId && !c.agenda.some((a) => a.patientId === patientId)) throw invalid('patientId', 'That patient is not on this agenda.');
  if (section !== null) {
    if (patientId === null) throw invalid('patientId', 'A section is presented from a patient on the agenda.');
    if (!(await mayReadSection(services, patientId, actor.userId, section))) throw invalid('section', 'You can only present a section of the plan you may read.');
  }
  const next = { ...c, presenter: section === null && patientId === null ? null : { userId: actor.userId, patientId, section } };
  await services.store.conferences.updateState(c.id, next);
  return changed(services, actor, next);
}

/** Captures a decision for an agenda item. */
export async function recordDecision(services: Services, actor: Actor, conferenceId: string, agendaItemId: string, text: string): Promise<Conference> {
  const c = await requireConference(services, actor, conferenceId, 'conference.decision');
  const item = agendaItem(c, agendaItemId);
  await requireRecorder(services, actor, item.patientId);
  await services.store.conferences.addOutcome({ id: randomUUID(), conferenceId: c.id, agendaItemId, kind: 'decision', text, by: actor.userId, at: services.clock.now().toISOString(), patientId: item.patientId, ownerId: null, dueDate: null });
  await services.audit.record({ actor, patientId: item.patientId, action: 'C', type: 'conference.decision', resourceType: 'Encounter', resourceId: c.id, outcome: 'success' });
  return changed(services, actor, c);
}

/** Captures an action item; it becomes a task in the patient's clinical plan, owned and due. */
export async function recordActionItem(
  services: Services, actor: Actor, input: { conferenceId: string; agendaItemId: string; title: string; ownerId: string; dueDate: string },
): Promise<Conference> {
  const c = await requireConference(services, actor, input.conferenceId, 'conference.action');
  const item = agendaItem(c, input.agendaItemId);
  if (!item.patientId) throw invalid('agendaItemId', 'Action items belong to a patient on the agenda.');
  await requireRecorder(services, actor, item.patientId);
  await requireTaskWriter(services, actor, item.patientId, input.ownerId);
  const id = randomUUID();
  await addTask(services, actor, item.patientId, { title: input.title, ownerId: input.ownerId, dueDate: input.dueDate, priority: 'normal', category: 'clinical' }, {
    source: 'conference_action', sourceLabel: `Conference: ${c.title}`, link: `/conferences/${c.id}/summary`,
  }, id);
  await services.store.conferences.addOutcome({ id, conferenceId: c.id, agendaItemId: item.id, kind: 'action', text: input.title, by: actor.userId, at: services.clock.now().toISOString(), patientId: item.patientId, ownerId: input.ownerId, dueDate: input.dueDate });
  await services.audit.record({ actor, patientId: item.patientId, action: 'C', type: 'conference.action', resourceType: 'CarePlan', resourceId: id, category: 'clinical/interventions', outcome: 'success' });
  return changed(services, actor, c);
}

/** Conferences the user chairs or is invited to. */
export async function listConferences(services: Services, actor: Actor): Promise<Conference[]> {
  const mine = await services.store.conferences.listForUser(actor.userId);
  const kept = await Promise.all(mine.map((c) => onEveryAgendaTeam(services, actor.userId, c)));
  return Promise.all(mine.filter((_, i) => kept[i]).map((c) => presentConference(services, c, actor.userId)));
}

/** One conference. */
export async function readConference(services: Services, actor: Actor, conferenceId: string): Promise<Conference> {
  return presentConference(services, await requireConference(services, actor, conferenceId, 'conference.read'), actor.userId);
}

/** After the conference: attendees, decisions and action items per patient, and the threads anchored to its agenda. */
export async function conferenceSummary(services: Services, actor: Actor, conferenceId: string): Promise<ConferenceSummary> {
  const c = await requireConference(services, actor, conferenceId, 'conference.summary');
  const attendance = await services.store.conferences.attendance(c.id);
  const users = new Map((await services.store.users.findManyByIds(attendance.map((a) => a.userId))).map((u) => [u.id, u.name]));
  const linked: string[] = [];
  for (const patientId of new Set(c.agenda.flatMap((a) => (a.patientId ? [a.patientId] : [])))) {
    const threads = await services.store.notes.listThreads(patientId, { limit: 1000 });
    for (const t of threads) if (t.anchor.includes(`"conferenceId":"${c.id}"`)) linked.push(t.id);
  }
  await recordConferencesShown(services, actor, [c], 'conference.summary');
  return {
    conference: await presentConference(services, c, actor.userId),
    attendees: attendance.map((a) => ({ userId: a.userId, name: users.get(a.userId) ?? 'Former member', firstJoinedAt: a.firstJoinedAt })),
    linkedThreadIds: linked,
  };
}
