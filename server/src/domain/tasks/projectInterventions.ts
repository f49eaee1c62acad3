import { CalendarDateSchema, TaskStatusSchema } from '@carehuddle/shared';
import type { TaskRecord } from '../../storage/port';
import { currentPreferences } from '../consent/sharingPreferences';
import { canOwnTask } from '../policies/taskPolicy';
import type { Services } from '../services';

/** One intervention of a clinical plan, as plain fields (what the task list mirrors). */
export interface PlanIntervention {
  id: string;
  title: string;
  owner: string;
  dueDate: string;
  status: string;
  goalId: string | null;
  /** The "where it came from" text the plan shows. */
  source: string;
}

type Change = Partial<Pick<TaskRecord, 'title' | 'ownerId' | 'dueDate' | 'status' | 'goalId'>>;

/**
 * Keeps the task list in step with the clinical plan after each stored commit:
 * an intervention with a title, an owner who may own it and a due date is a
 * task (made here when the plan gained it); edits of those fields in the plan
 * reach the task. Values the list cannot hold — an owner off the team or in
 * the family, a date that is not one — are left out rather than stored. An
 * intervention removed from the plan leaves its task as it was: the team
 * cancels it from the worklist, so no work disappears unseen.
 */
export async function projectInterventions(services: Services, patientId: string, interventions: readonly PlanIntervention[], by: string): Promise<void> {
  const [tasks, team, preferences] = await Promise.all([
    services.store.tasks.listForPatients([patientId]), services.store.careTeams.listForPatient(patientId), currentPreferences(services, patientId),
  ]);
  const existing = new Map(tasks.filter((t) => t.category === 'clinical').map((t) => [t.id, t]));
  const mayOwn = (userId: string) => canOwnTask(team.find((m) => m.userId === userId) ?? null, preferences, 'clinical');
  const now = services.clock.now().toISOString();
  let changed = false;
  for (const i of interventions) {
    const status = TaskStatusSchema.safeParse(i.status);
    const dueOk = CalendarDateSchema.safeParse(i.dueDate).success;
    const task = existing.get(i.id);
    if (!task) {
      if (!i.title.trim() || !dueOk || !mayOwn(i.owner)) continue;
      await services.store.tasks.insert({
        id: i.id, patientId, title: i.title.trim().slice(0, 200), ownerId: i.owner, dueDate: i.dueDate, status: status.success ? status.data : 'open', priority: 'normal',
        source: 'plan_intervention', sourceLabel: i.source || 'Care plan', link: `/patients/${patientId}/plan#interventions`, category: 'clinical',
        handoffNote: '', goalId: i.goalId, createdBy: by, createdAt: now, updatedAt: now,
      });
      await audit(services, patientId, i.id, by, 'C');
      if (i.owner !== by) services.events.publish({ type: 'task.assigned', patientId, taskId: i.id, ownerId: i.owner, by });
      changed = true;
      continue;
    }
    const change: Change = {};
    if (i.title.trim() && i.title.trim() !== task.title) change.title = i.title.trim().slice(0, 200);
    if (i.owner !== task.ownerId && mayOwn(i.owner)) change.ownerId = i.owner;
    if (dueOk && i.dueDate !== task.dueDate) change.dueDate = i.dueDate;
    if (status.success && status.data !== task.status) change.status = status.data;
    if (i.goalId !== task.goalId) change.goalId = i.goalId;
    if (Object.keys(change).length === 0) continue;
    await services.store.tasks.update(task.id, { ...change, updatedAt: now });
    await audit(services, patientId, task.id, by, 'U');
    if (change.ownerId && change.ownerId !== by) services.events.publish({ type: 'task.assigned', patientId, taskId: task.id, ownerId: change.ownerId, by });
    changed = true;
  }
  if (changed) services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
}

/** The list changed because of a plan edit: recorded as the editor's, like the edit itself. */
function audit(services: Services, patientId: string, taskId: string, by: string, action: 'C' | 'U'): Promise<void> {
  return services.audit.record({
    actor: { userId: by, sessionId: null, ip: null }, patientId, action, type: 'task.fromPlan', resourceType: 'Task', resourceId: taskId, category: 'coordination', outcome: 'success',
  });
}
