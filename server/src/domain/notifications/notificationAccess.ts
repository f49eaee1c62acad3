import type { NotificationRecord } from '../../storage/port';
import { activeMembership } from '../consent/sharingPreferences';
import { anchorOf } from '../notes/threadAccess';
import { canReadThread, isFamilySide } from '../policies/notePolicy';
import { canReadTask } from '../policies/taskPolicy';
import { canReadTracking } from '../policies/trackingPolicy';
import type { Services } from '../services';

type Active = Awaited<ReturnType<typeof activeMembership>>;

/**
 * Whether a person may still see what a notification is about — decided when
 * it is listed, not only when it was made: someone taken off the team, a
 * caregiver the patient stopped sharing with, or a reader who lost consent to a
 * substance-use thread no longer sees the notification (nor the patient's name).
 */
export async function maySeeNotification(services: Services, n: NotificationRecord, active: Active): Promise<boolean> {
  if (n.patientId === null) return true;
  if (!active) return false;
  const { membership, preferences } = active;
  switch (n.kind) {
    case 'mention':
    case 'family_message': {
      const thread = n.subjectId ? await services.store.notes.findThread(n.patientId, n.subjectId) : null;
      return thread !== null && canReadThread(membership, preferences, { visibility: thread.visibility, anchor: anchorOf(thread) });
    }
    case 'task_assigned': {
      const task = n.subjectId ? await services.store.tasks.find(n.patientId, n.subjectId) : null;
      return task !== null && canReadTask(membership, preferences, task.category);
    }
    case 'admission':
    case 'discharge':
      return canReadTracking(membership, preferences, 'clinical');
    case 'invitation_accepted':
    case 'tasks_due':
      return !isFamilySide(membership.role);
  }
}

/** Memberships looked up once per patient while a list is checked. */
export function membershipCache(services: Services, userId: string): (patientId: string) => Promise<Active> {
  const cache = new Map<string, Promise<Active>>();
  return (patientId) => {
    let found = cache.get(patientId);
    if (!found) {
      found = activeMembership(services, patientId, userId);
      cache.set(patientId, found);
    }
    return found;
  };
}
