import { randomUUID } from 'node:crypto';
import { ALERTS_AUTHOR_ID } from '../alerts/alertsAuthor';
import { activeMembership } from '../consent/sharingPreferences';
import type { DomainEvent } from '../events';
import { anchorOf } from '../notes/threadAccess';
import { canReadThread, isFamilySide } from '../policies/notePolicy';
import { canReadTracking } from '../policies/trackingPolicy';
import { familyMessageMail, mentionMail } from './mailMessages';
import { notify, type Notifier } from './notify';

type Of<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>;

/** The link in e-mails: the notification center, which names nothing until the reader has signed in. */
const centerLink = (notifier: Notifier) => `${notifier.services.invitations.linkBase()}/notifications`;

/** Mentions go to each mentioned person who may read the thread; a new note by a family member goes to the patient's coordinators. */
async function onNote(notifier: Notifier, event: Of<'notes.changed'>): Promise<void> {
  const { services } = notifier;
  if (event.by === ALERTS_AUTHOR_ID) return;
  const thread = await services.store.notes.findThread(event.patientId, event.threadId);
  if (!thread) return;
  const shape = { visibility: thread.visibility, anchor: anchorOf(thread) };
  const author = await services.store.users.findById(event.by);
  const base = { patientId: event.patientId, actorId: event.by, subjectId: thread.id };
  const mentioned = new Set(event.mentioned.filter((id) => id !== event.by));
  for (const userId of mentioned) {
    const active = await activeMembership(services, event.patientId, userId);
    if (!active || !canReadThread(active.membership, active.preferences, shape)) continue;
    await notify(notifier, {
      ...base, userId, kind: 'mention', dedupeKey: `mention:${event.noteId ?? randomUUID()}:${userId}`,
      mail: { when: 'emailMentions', content: mentionMail(author?.name ?? 'A colleague', centerLink(notifier)) },
    });
  }
  if (!event.noteId) return;
  const writer = await activeMembership(services, event.patientId, event.by);
  if (!writer || !isFamilySide(writer.membership.role)) return;
  const coordinators = (await services.store.careTeams.listForPatient(event.patientId))
    .filter((m) => m.role === 'care_coordinator' && !mentioned.has(m.userId) && canReadThread(m, writer.preferences, shape));
  for (const m of coordinators) {
    await notify(notifier, {
      ...base, userId: m.userId, kind: 'family_message', dedupeKey: `family:${event.noteId}:${m.userId}`,
      mail: { when: 'emailFamilyMessages', content: familyMessageMail(centerLink(notifier)) },
    });
  }
}

/** Admissions and discharges reach the team members who read the clinical plan (in the app; e-mail only in the digest's words). */
async function onAlert(notifier: Notifier, event: Of<'transition.alerted'>): Promise<void> {
  const { services } = notifier;
  for (const m of await services.store.careTeams.listForPatient(event.patientId)) {
    const current = await activeMembership(services, event.patientId, m.userId);
    if (!current || !canReadTracking(current.membership, current.preferences, 'clinical')) continue;
    await notify(notifier, {
      userId: m.userId, kind: event.event === 'discharge' ? 'discharge' : 'admission', patientId: event.patientId, actorId: null, subjectId: null,
      dedupeKey: `alert:${randomUUID()}:${m.userId}`,
    });
  }
}

/** Turns domain events into notifications; events relayed from other nodes were handled where they happened. */
export async function notificationsFor(notifier: Notifier, event: DomainEvent): Promise<void> {
  if (event.relayed) return;
  if (event.type === 'notes.changed') await onNote(notifier, event);
  if (event.type === 'transition.alerted') await onAlert(notifier, event);
  if (event.type === 'task.assigned') {
    await notify(notifier, {
      userId: event.ownerId, kind: 'task_assigned', patientId: event.patientId, actorId: event.by ?? null, subjectId: event.taskId,
      dedupeKey: `task:${event.taskId}:${randomUUID()}`,
    });
  }
  if (event.type === 'invitation.accepted') {
    const inviter = await activeMembership(notifier.services, event.patientId, event.invitedBy);
    if (!inviter) return;
    await notify(notifier, {
      userId: event.invitedBy, kind: 'invitation_accepted', patientId: event.patientId, actorId: event.userId, subjectId: event.invitationId,
      dedupeKey: `invitation:${event.invitationId}`,
    });
  }
}
