import type { Task } from '@carehuddle/shared';
import type { TaskRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { currentPreferences } from '../consent/sharingPreferences';
import { isFamilySide } from '../policies/notePolicy';
import type { Services } from '../services';
import { requireTrackingReader } from '../worklist/trackingAccess';
import { presentTasks } from './presentTasks';
import { readableTasks } from './taskAccess';

const byDueDate = (a: Task, b: Task) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);

/**
 * The open tasks on my worklist: those I own, and every open task of the
 * patients I coordinate — only tasks whose document I may read now. Not
 * audited: callers that show them do.
 */
export async function openTasksOf(services: Services, userId: string): Promise<TaskRecord[]> {
  const memberships = (await services.store.careTeams.listForUser(userId)).filter((m) => !isFamilySide(m.role));
  const tasks = await services.store.tasks.listForPatients(memberships.map((m) => m.patientId));
  return (await Promise.all(memberships.map(async (m) => {
    const mine = tasks.filter((t) => t.patientId === m.patientId && (t.ownerId === userId || m.role === 'care_coordinator'));
    return readableTasks(m, await currentPreferences(services, m.patientId), mine);
  }))).flat().filter((t) => t.status === 'open' || t.status === 'in_progress');
}

/** My open tasks, shown: one `task.list` record per patient they belong to. */
export async function readMyTasks(services: Services, actor: Actor): Promise<Task[]> {
  const visible = await openTasksOf(services, actor.userId);
  await services.audit.recordForPatients({ actor, action: 'R', type: 'task.list', resourceType: 'Task', category: 'coordination', outcome: 'success' }, new Set(visible.map((t) => t.patientId)));
  return (await presentTasks(services, visible)).sort(byDueDate);
}

/** The team view of one patient's tasks, closed ones included: those the reader may see. */
export async function readPatientTasks(services: Services, actor: Actor, patientId: string): Promise<Task[]> {
  const { membership, preferences } = await requireTrackingReader(services, actor, patientId, { action: 'R', type: 'task.read' });
  const tasks = readableTasks(membership, preferences, await services.store.tasks.listForPatients([patientId]));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'task.read', resourceType: 'Task', category: 'coordination', outcome: 'success' });
  return (await presentTasks(services, tasks)).sort(byDueDate);
}
