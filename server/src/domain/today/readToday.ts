import { calendarDateIn, type Today, type TodayConference } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { onEveryAgendaTeam } from '../conferences/conferenceAccess';
import { forbidden } from '../errors';
import type { Services } from '../services';
import { readMyTasks } from '../tasks/readTasks';
import { dueAndOverdue } from '../worklist/caseloadDeadlines';
import { byUrgency, patientStatusRows } from './patientStatus';
import { unreadThreads } from './unreadThreads';

/** The start page is the care team's: the family's home is their plan review. */
export function requireStaff(actor: Actor): void {
  if (actor.kind !== 'staff') throw forbidden('This page is for care team staff.');
}

/** Conferences I chair or am invited to that fall on the organization's today, soonest first. */
async function conferencesToday(services: Services, actor: Actor, today: string): Promise<TodayConference[]> {
  const mine = (await services.store.conferences.listForUser(actor.userId)).filter((c) => calendarDateIn(new Date(c.scheduledFor), services.timeZone) === today);
  const kept = await Promise.all(mine.map((c) => onEveryAgendaTeam(services, actor.userId, c)));
  const shown = mine.filter((_, i) => kept[i]);
  const chairs = new Map((await services.store.users.findManyByIds(shown.map((c) => c.createdBy))).map((u) => [u.id, u.name]));
  return shown.map((c) => ({ id: c.id, title: c.title, scheduledFor: c.scheduledFor, chairName: chairs.get(c.createdBy) ?? 'Former member' }))
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
}

/**
 * The start page in one read: deadlines overdue or due today (the worklist's
 * rule), my tasks due, unread threads and mentions, today's conferences,
 * members not reached, and for a coordinator the whole caseload. Each patient
 * shown leaves a `today.read` record (the tasks their own `task.list`).
 */
export async function readToday(services: Services, actor: Actor): Promise<Today> {
  requireStaff(actor);
  const { today, rows, caseload } = await patientStatusRows(services, actor);
  const deadlines = dueAndOverdue(caseload);
  const [tasks, threads, conferences] = await Promise.all([
    readMyTasks(services, actor), unreadThreads(services, actor, caseload), conferencesToday(services, actor, today),
  ]);
  const coordinated = rows.filter((r) => r.myRole === 'care_coordinator').sort(byUrgency);
  const notReached = coordinated.filter((r) => r.notReachedIn30Days);
  const shownPatients = [...deadlines.map((d) => d.patientId), ...threads.map((t) => t.patientId), ...coordinated.map((r) => r.id)];
  await services.audit.recordForPatients({ actor, action: 'R', type: 'today.read', resourceType: 'Task', category: 'coordination', outcome: 'success' }, shownPatients);
  return {
    today,
    counts: {
      overdue: deadlines.filter((d) => d.status === 'overdue').length, dueToday: deadlines.filter((d) => d.status === 'due').length,
      mentions: threads.filter((t) => t.mentionsMe).length, unreadThreads: threads.length,
    },
    deadlines, tasks: tasks.filter((t) => t.dueDate <= today), threads, conferences, notReached, caseload: coordinated,
  };
}
