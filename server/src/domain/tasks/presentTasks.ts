import type { Task } from '@carehuddle/shared';
import type { TaskRecord } from '../../storage/port';
import type { Services } from '../services';

/** The only way tasks leave the server: patient and owner names resolved, nothing but the contract's fields. */
export async function presentTasks(services: Services, tasks: readonly TaskRecord[]): Promise<Task[]> {
  const [patients, owners] = await Promise.all([
    services.store.patients.findManyByIds([...new Set(tasks.map((t) => t.patientId))]),
    services.store.users.findManyByIds([...new Set(tasks.map((t) => t.ownerId))]),
  ]);
  const patientName = new Map(patients.map((p) => [p.id, p.name]));
  const ownerName = new Map(owners.map((u) => [u.id, u.name]));
  return tasks.map((t) => ({
    id: t.id, patientId: t.patientId, patientName: patientName.get(t.patientId) ?? '', title: t.title, ownerId: t.ownerId,
    ownerName: ownerName.get(t.ownerId) ?? 'Former member', dueDate: t.dueDate, status: t.status, priority: t.priority, source: t.source,
    sourceLabel: t.sourceLabel, link: t.link, category: t.category, handoffNote: t.handoffNote, goalId: t.goalId, updatedAt: t.updatedAt,
  }));
}
