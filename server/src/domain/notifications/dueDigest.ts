import { isFamilySide } from '../policies/notePolicy';
import { currentPreferences } from '../consent/sharingPreferences';
import { canReadTask } from '../policies/taskPolicy';
import type { Services } from '../services';
import { localClock, minutesOf } from './localClock';
import { digestMail } from './mailMessages';
import { notify, type Notifier } from './notify';
import { defaultPreferences } from './notificationSettings';

/** How many of a person's open tasks are due on `today` and before it (only tasks they may still read). */
export async function dueTaskCounts(services: Services, userId: string, today: string): Promise<{ dueToday: number; overdue: number }> {
  const memberships = (await services.store.careTeams.listForUser(userId)).filter((m) => !isFamilySide(m.role));
  const tasks = (await services.store.tasks.listForPatients(memberships.map((m) => m.patientId)))
    .filter((t) => t.ownerId === userId && (t.status === 'open' || t.status === 'in_progress') && t.dueDate <= today);
  let dueToday = 0;
  let overdue = 0;
  for (const m of memberships) {
    const mine = tasks.filter((t) => t.patientId === m.patientId);
    if (mine.length === 0) continue;
    const preferences = await currentPreferences(services, m.patientId);
    for (const t of mine.filter((task) => canReadTask(m, preferences, task.category))) {
      if (t.dueDate === today) dueToday += 1;
      else overdue += 1;
    }
  }
  return { dueToday, overdue };
}

/**
 * Once a day, at the time each person chose in their time zone: an in-app
 * notification of their tasks due today and overdue, and the digest e-mail if
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
    const { dueToday, overdue } = await dueTaskCounts(services, user.id, date);
    if (dueToday + overdue === 0) continue;
    await notify(notifier, {
      userId: user.id, kind: 'tasks_due', patientId: null, actorId: null, subjectId: null, dedupeKey: `due:${user.id}:${date}`,
      mail: { when: 'emailDigest', content: digestMail(dueToday, overdue, `${services.invitations.linkBase()}/worklist`) },
    });
  }
  // Yesterday's keys are no longer needed; a day's worth of people is all it holds.
  if (done.size > 50_000) done.clear();
}
