import type { Notification, NotificationList } from '@carehuddle/shared';
import type { NotificationRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import type { Services } from '../services';
import { maySeeNotification, membershipCache } from './notificationAccess';
import { NOTIFICATION_CAP } from './notificationSettings';

/** What each kind says, in the app (where the reader has been checked): who did what. */
function sentenceOf(n: NotificationRecord, byName: string): string {
  switch (n.kind) {
    case 'mention': return `${byName} mentioned you in a huddle note.`;
    case 'task_assigned': return n.actorId ? `${byName} assigned a task to you.` : 'A task was assigned to you.';
    case 'tasks_due': return 'You have items due today or overdue on your worklist.';
    case 'family_message': return `${byName}, a family member, wrote a message.`;
    case 'admission': return 'An admission alert arrived.';
    case 'discharge': return 'A discharge alert arrived.';
    case 'invitation_accepted': return `${byName} accepted your invitation and joined the care team.`;
  }
}

/** Where each kind leads: the thread, the task list, the patient. */
function linkOf(n: NotificationRecord): string {
  switch (n.kind) {
    case 'mention':
    case 'family_message': return `/patients/${n.patientId}/plan?thread=${n.subjectId}`;
    case 'task_assigned':
    case 'tasks_due': return '/worklist';
    case 'admission':
    case 'discharge':
    case 'invitation_accepted': return `/patients/${n.patientId}`;
  }
}

/** The records of a person's center they may still see, newest first. */
async function visibleRecords(services: Services, userId: string): Promise<NotificationRecord[]> {
  const records = await services.store.notifications.listForUser(userId, services.clock.now().toISOString(), NOTIFICATION_CAP);
  const membershipOf = membershipCache(services, userId);
  const seen = await Promise.all(records.map(async (n) => maySeeNotification(services, n, n.patientId ? await membershipOf(n.patientId) : null)));
  return records.filter((_n, i) => seen[i]);
}

/** The notification center: only what the reader may still see, each naming who and which patient; audited per patient shown. */
export async function readNotifications(services: Services, actor: Actor): Promise<NotificationList> {
  const records = await visibleRecords(services, actor.userId);
  const patientIds = new Set(records.flatMap((n) => (n.patientId ? [n.patientId] : [])));
  const [patients, people] = await Promise.all([
    services.store.patients.findManyByIds([...patientIds]),
    services.store.users.findManyByIds([...new Set(records.flatMap((n) => (n.actorId ? [n.actorId] : [])))]),
  ]);
  const patientName = new Map(patients.map((p) => [p.id, p.name]));
  const personName = new Map(people.map((u) => [u.id, u.name]));
  await services.audit.recordForPatients({ actor, action: 'R', type: 'notification.list', resourceType: 'Communication', category: 'notifications', outcome: 'success' }, patientIds);
  const notifications = records.map((n): Notification => {
    const byName = n.actorId ? personName.get(n.actorId) ?? 'A former team member' : 'CareHuddle';
    return {
      id: n.id, kind: n.kind, sentence: sentenceOf(n, byName), link: linkOf(n), createdAt: n.createdAt, readAt: n.readAt,
      patient: n.patientId ? { id: n.patientId, name: patientName.get(n.patientId) ?? '' } : null,
      by: n.actorId ? { id: n.actorId, name: byName } : null,
    };
  });
  return { notifications, unread: notifications.filter((n) => n.readAt === null).length };
}

/** Marks one of the reader's notifications read; someone else's, or an unknown one, is "not found". */
export async function markNotificationRead(services: Services, actor: Actor, notificationId: string): Promise<void> {
  if (!(await services.store.notifications.markRead(actor.userId, notificationId, services.clock.now().toISOString()))) {
    // Already read is fine; only a notification that is not theirs is refused.
    const mine = await services.store.notifications.listForUser(actor.userId, services.clock.now().toISOString(), NOTIFICATION_CAP);
    if (!mine.some((n) => n.id === notificationId)) throw notFound('Notification');
    return;
  }
  services.events.publish({ type: 'notifications.changed', userId: actor.userId });
}

/** Marks all of the reader's notifications read. */
export async function markAllNotificationsRead(services: Services, actor: Actor): Promise<void> {
  if (await services.store.notifications.markAllRead(actor.userId, services.clock.now().toISOString()) > 0) {
    services.events.publish({ type: 'notifications.changed', userId: actor.userId });
  }
}
