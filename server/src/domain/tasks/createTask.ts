import type { TaskPriority, TaskSource, TrackingCategory } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { TaskRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { activeMembership } from '../consent/sharingPreferences';
import { forbidden, invalid } from '../errors';
import { canOwnTask } from '../policies/taskPolicy';
import type { Services } from '../services';
import { requireTrackingReader } from '../worklist/trackingAccess';

/** What a new task is, whoever makes it. */
export interface TaskDraft {
  title: string;
  ownerId: string;
  dueDate: string;
  priority: TaskPriority;
  category: TrackingCategory;
}

/** Where it came from: shown beside it and linked back to. */
export interface TaskOrigin {
  source: TaskSource;
  sourceLabel: string;
  link: string;
}

/** The owner works the task, so they must be staff on the team who may read its document. */
export async function requireTaskOwner(services: Services, patientId: string, ownerId: string, category: TrackingCategory): Promise<void> {
  const owner = await activeMembership(services, patientId, ownerId);
  if (!owner || !canOwnTask(owner.membership, owner.preferences, category)) {
    throw invalid('ownerId', 'Choose someone on the care team who may see this task.');
  }
}

/**
 * Adds a task to the team's list. A clinical task is also written into the
 * clinical plan as an intervention with the same id (stored first, so the
 * plan's projection finds it and never makes a second one); tasks of the
 * restricted documents stay in the list, which only their readers see.
 */
export async function addTask(services: Services, actor: Actor, patientId: string, draft: TaskDraft, origin: TaskOrigin, id: string = randomUUID()): Promise<TaskRecord> {
  await requireTaskOwner(services, patientId, draft.ownerId, draft.category);
  const now = services.clock.now().toISOString();
  const task: TaskRecord = {
    id, patientId, ...draft, status: 'open', ...origin, handoffNote: '', goalId: null, createdBy: actor.userId, createdAt: now, updatedAt: now,
  };
  await services.store.tasks.insert(task);
  if (task.category === 'clinical') {
    await services.planWriter.addTask(patientId, { id, title: task.title, ownerId: task.ownerId, dueDate: task.dueDate, source: task.sourceLabel }, actor.userId);
  }
  await services.audit.record({ actor, patientId, action: 'C', type: `task.${origin.source}`, resourceType: 'Task', resourceId: id, category: 'coordination', outcome: 'success' });
  services.events.publish({ type: 'worklist.changed', patientId, category: task.category });
  if (task.ownerId !== actor.userId) services.events.publish({ type: 'task.assigned', patientId, taskId: id, ownerId: task.ownerId, by: actor.userId });
  return task;
}

/** A task a team member writes by hand on the patient page: staff who may read its document. */
export async function createTask(services: Services, actor: Actor, patientId: string, draft: TaskDraft): Promise<TaskRecord> {
  const { membership, preferences } = await requireTrackingReader(services, actor, patientId, { action: 'C', type: 'task.create' });
  if (!canOwnTask(membership, preferences, draft.category)) {
    await services.audit.record({ actor, role: membership.role, patientId, action: 'C', type: 'task.create', resourceType: 'Task', category: 'coordination', outcome: 'denied', reason: `may not write ${draft.category} tasks` });
    throw forbidden("Only staff who may read that part of the plan write its tasks.");
  }
  return addTask(services, actor, patientId, draft, { source: 'plan_intervention', sourceLabel: 'Care team', link: `/patients/${patientId}#tasks` });
}
