import type { Task, TaskAction, TaskStatus } from '@carehuddle/shared';
import type { TaskRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, forbidden } from '../errors';
import { canOwnTask, canWorkTask } from '../policies/taskPolicy';
import type { Services } from '../services';
import { sendOnce } from '../sentActions/sendOnce';
import { requireTaskOwner } from './createTask';
import { presentTasks } from './presentTasks';
import { requireTask } from './taskAccess';

const CLOSED: readonly TaskStatus[] = ['done', 'cancelled'];
const STATUS_OF = { start: 'in_progress', complete: 'done', cancel: 'cancelled' } as const;

/** The fields an action changes, or null when it changes nothing (a retried "complete", reopening an open task). */
function changeFor(task: TaskRecord, action: TaskAction, actor: Actor): Pick<TaskRecord, 'ownerId' | 'status' | 'handoffNote'> | null {
  if (action.action === 'claim' || action.action === 'reassign') {
    const ownerId = action.action === 'claim' ? actor.userId : action.ownerId;
    if (ownerId === task.ownerId && action.action === 'claim') return null;
    if (CLOSED.includes(task.status)) throw conflict('This task is closed; reopen it first.');
    return { ownerId, status: task.status, handoffNote: action.action === 'reassign' ? action.note : '' };
  }
  if (action.action === 'reopen') {
    // Reopening an open task changes nothing, so an undo sent twice is harmless.
    if (!CLOSED.includes(task.status)) return null;
    return { ownerId: task.ownerId, status: action.status, handoffNote: task.handoffNote };
  }
  const status = STATUS_OF[action.action];
  if (status === task.status) return null;
  if (CLOSED.includes(task.status)) throw conflict('This task is closed; reopen it first.');
  return { ownerId: task.ownerId, status, handoffNote: task.handoffNote };
}

/**
 * Claims, starts, completes, cancels, reopens (the undo of closing it) or reassigns a task from the worklist. A
 * clinical task's owner and status are then written into its plan
 * intervention (attributed to the actor), so both show the same.
 */
export async function changeTask(services: Services, actor: Actor, patientId: string, taskId: string, action: TaskAction, idempotencyKey: string | null = null): Promise<Task> {
  const type = `task.${action.action}`;
  const { membership, preferences, task } = await requireTask(services, actor, patientId, taskId, type);
  const allowed = action.action === 'claim' ? canOwnTask(membership, preferences, task.category) : canWorkTask(membership, preferences, task, actor.userId);
  if (!allowed) {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'U', type, resourceType: 'Task', resourceId: task.id, category: 'coordination', outcome: 'denied', reason: 'neither the owner nor the coordinator' });
    throw forbidden(action.action === 'claim' ? 'Only staff who may see this task can claim it.' : 'Only its owner or the care coordinator can do that; claim it first.');
  }
  const audited = (outcomeType: string) => services.audit.record({ actor, role: membership.role, patientId, action: 'U', type: outcomeType, resourceType: 'Task', resourceId: task.id, category: 'coordination', outcome: 'success' });
  // A resend of the same key (a reload, a second tab) answers with the first result and changes nothing.
  return sendOnce(services, actor, { key: idempotencyKey, type, target: { patientId, taskId }, body: action }, async () => {
    const change = changeFor(task, action, actor);
    if (change) {
      if (action.action === 'reassign') await requireTaskOwner(services, patientId, change.ownerId, task.category);
      // The list first: the plan's projection then finds the same values after the plan write and changes nothing.
      await services.store.tasks.update(task.id, { ...change, updatedAt: services.clock.now().toISOString() });
      if (task.category === 'clinical') await services.planWriter.updateTask(patientId, task.id, { owner: change.ownerId, status: change.status }, actor.userId);
    }
    await audited(type);
    const updated = change ? { ...task, ...change } : task;
    if (change) {
      services.events.publish({ type: 'worklist.changed', patientId, category: task.category });
      if (change.ownerId !== task.ownerId && change.ownerId !== actor.userId) services.events.publish({ type: 'task.assigned', patientId, taskId: task.id, ownerId: change.ownerId, by: actor.userId });
    }
    const [presented] = await presentTasks(services, [updated]);
    return presented!;
  }, () => audited(`${type}.replay`));
}
