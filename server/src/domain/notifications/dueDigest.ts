import type { Services } from '../services';
import { openTasksOf } from '../tasks/readTasks';
import { caseloadDeadlines, dueAndOverdue } from '../worklist/caseloadDeadlines';
import { localClock, minutesOf } from './localClock';
import { digestMail } from './mailMessages';
import { notify, type Notifier } from './notify';
import { defaultPreferences } from './notificationSettings';

/**
 * What is due today and overdue for one person, counted as their start page
 * counts it: the deadlines of their caseload (the worklist's rule, their
 * visibility) and their open tasks, both on the organization's today.
 */
export async function dueCounts(services: Services, userId: string): Promise<{ dueToday: number; overdue: number }> {
  const [{ today, patients }, tasks] = await Promise.all([caseloadDeadlines(services, userId), openTasksOf(services, userId)]);
  const deadlines = dueAndOverdue(patients);
  const dueTasks = tasks.filter((t) => t.dueDate <= today);
  return {
    dueToday: deadlines.filter((d) => d.status === 'due').length + dueTasks.filter((t) => t.dueDate === today).length,
    overdue: deadlines.filter((d) => d.status === 'overdue').length + dueTasks.filter((t) => t.dueDate < today).length,
  };
}

/**
 * Once a day, at the time each person chose in their time zone: an in-app
 * notification of what is due today and overdue (deadlines and tasks), and the digest e-mail if
 * they want it — only when there is something due. Keys per person and local
 * date make a re-run (another node, a restart) a no-op; `done` spares the
 * store the look-ups for people already handled today.
 */
export async function runDueDigests(notifier: Notifier, windowMinutes: number, done: Set<string>): Promise<void> {
  const { services } = notifier;
  const now = services.clock.now();
  const saved = new Map((await services.store.notifications.listPreferences()).map((p) => [p.userId, p]));
  for (const user of await services.store.users.listStaff()) {
    if (user.disabledAt) continue;
    const preferences = saved.get(user.id) ?? defaultPreferences(services.timeZone);
    const { date, minutes } = localClock(now, preferences.timeZone);
    const key = `${user.id}:${date}`;
    const since = minutes - minutesOf(preferences.digestTime);
    if (done.has(key) || since < 0 || since >= windowMinutes) continue;
    done.add(key);
    const { dueToday, overdue } = await dueCounts(services, user.id);
    if (dueToday + overdue === 0) continue;
    await notify(notifier, {
      userId: user.id, kind: 'tasks_due', patientId: null, actorId: null, subjectId: null, dedupeKey: `due:${user.id}:${date}`,
      mail: { when: 'emailDigest', content: digestMail(dueToday, overdue, `${services.invitations.linkBase()}/worklist`) },
    });
  }
  // Yesterday's keys are no longer needed; a day's worth of people is all it holds.
  if (done.size > 50_000) done.clear();
}
