import type { Conference } from '@carehuddle/shared';
import type { ConferenceOutcomeRecord, ConferenceRecord } from '../../storage/port';
import type { Services } from '../services';
import { mayReadSection } from './sectionAccess';

/**
 * The only way a conference leaves the server: names resolved, outcomes
 * attached, for one viewer — the section being presented is named only to
 * those who may read it (a family guest never learns that the team is on
 * the behavioral health or substance-use plan).
 */
export async function presentConference(services: Services, c: ConferenceRecord, viewerId: string): Promise<Conference> {
  const outcomes = await services.store.conferences.outcomes(c.id);
  const patientIds = [...new Set(c.agenda.flatMap((a) => (a.patientId ? [a.patientId] : [])))];
  // Action items are tasks with the same id: their status and current owner come from the task list.
  const tasks = new Map((await services.store.tasks.listForPatients(patientIds)).map((t) => [t.id, t]));
  const ownerOf = (o: ConferenceOutcomeRecord) => tasks.get(o.id)?.ownerId ?? o.ownerId ?? '';
  const userIds = [...new Set([c.createdBy, ...c.inviteeIds, ...outcomes.flatMap((o) => [o.by, ...(ownerOf(o) ? [ownerOf(o)] : [])]), ...(c.presenter ? [c.presenter.userId] : [])])];
  const [patients, users] = await Promise.all([services.store.patients.findManyByIds(patientIds), services.store.users.findManyByIds(userIds)]);
  const patientNames = new Map(patients.map((p) => [p.id, p.name]));
  const names = new Map(users.map((u) => [u.id, u.name]));
  const name = (id: string) => names.get(id) ?? 'Former member';
  return {
    id: c.id,
    title: c.title,
    scheduledFor: c.scheduledFor,
    chair: { userId: c.createdBy, name: name(c.createdBy) },
    agenda: c.agenda.map((a) => ({ id: a.id, patientId: a.patientId, patientName: a.patientId ? (patientNames.get(a.patientId) ?? null) : null, topic: a.topic })),
    invitees: c.inviteeIds.map((id) => ({ userId: id, name: name(id) })),
    currentAgendaItemId: c.currentAgendaItemId,
    timerEndsAt: c.timerEndsAt,
    presenter: c.presenter ? { ...c.presenter, section: await shownSection(services, c.presenter, viewerId), name: name(c.presenter.userId) } : null,
    decisions: outcomes.filter((o) => o.kind === 'decision').map((o) => ({ id: o.id, agendaItemId: o.agendaItemId, text: o.text, by: name(o.by), at: o.at })),
    actionItems: (await actionItemsFor(services, outcomes, viewerId)).map((o) => ({
      id: o.id, agendaItemId: o.agendaItemId, patientId: o.patientId ?? '', title: o.text, ownerId: ownerOf(o), ownerName: name(ownerOf(o)), dueDate: o.dueDate ?? '',
      taskStatus: tasks.get(o.id)?.status ?? null,
    })),
  };
}

/**
 * Action items become tasks in the patient's clinical plan, so they belong to
 * that document's audience: a family guest who may not read the clinical plan
 * follows the decisions but not the tasks.
 */
async function actionItemsFor(services: Services, outcomes: readonly ConferenceOutcomeRecord[], viewerId: string): Promise<ConferenceOutcomeRecord[]> {
  const actions = outcomes.filter((o) => o.kind === 'action');
  const readable = new Map<string, Promise<boolean>>();
  const mayRead = (patientId: string) => {
    if (!readable.has(patientId)) readable.set(patientId, mayReadSection(services, patientId, viewerId, 'interventions'));
    return readable.get(patientId)!;
  };
  const kept = await Promise.all(actions.map((o) => (o.patientId ? mayRead(o.patientId) : Promise.resolve(true))));
  return actions.filter((_, i) => kept[i]);
}

/** The presented section as one viewer may see it: its name, or null when its document is not theirs to read. */
async function shownSection(services: Services, presenter: NonNullable<ConferenceRecord['presenter']>, viewerId: string): Promise<string | null> {
  if (presenter.section === null || presenter.patientId === null) return null;
  return (await mayReadSection(services, presenter.patientId, viewerId, presenter.section)) ? presenter.section : null;
}
