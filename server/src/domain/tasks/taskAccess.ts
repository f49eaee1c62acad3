import type { SharingPreferences } from '@carehuddle/shared';
import type { TaskRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import type { PatientAccess } from '../patients/patientAccess';
import type { Membership } from '../policies/patientPolicy';
import { canReadTask } from '../policies/taskPolicy';
import type { Services } from '../services';
import { requireTrackingReader } from '../worklist/trackingAccess';

/** The tasks of a patient one team member may see (their document's audience, consent included); the rest do not exist for them. */
export function readableTasks(membership: Membership, preferences: SharingPreferences, tasks: readonly TaskRecord[]): TaskRecord[] {
  return tasks.filter((t) => canReadTask(membership, preferences, t.category));
}

/**
 * A patient's task for someone who may see it. Tasks are coordination data like
 * the worklist's deadlines: the family side and anyone off the team get "not
 * found" for the patient, a task outside the reader's documents "not found" for
 * the task; both attempts are audited.
 */
export async function requireTask(services: Services, actor: Actor, patientId: string, taskId: string, type: string): Promise<PatientAccess & { task: TaskRecord }> {
  const access = await requireTrackingReader(services, actor, patientId, { action: 'U', type });
  const task = await services.store.tasks.find(patientId, taskId);
  if (!task || !canReadTask(access.membership, access.preferences, task.category)) {
    await services.audit.record({
      actor, role: access.membership.role, patientId, action: 'U', type, resourceType: 'Task', resourceId: taskId, category: 'coordination',
      outcome: 'denied', reason: task ? 'task not shared with this person' : 'no such task',
    });
    throw notFound('Task');
  }
  return { ...access, task };
}
