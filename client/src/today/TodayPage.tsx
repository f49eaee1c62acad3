import { pageTitleProps } from '../a11y/RouteFocus';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';
import { PatientStatusList } from '../patients/PatientStatusList';
import { FamilyHomePage } from '../review/FamilyHome';
import { useSession } from '../session/SessionContext';
import { DueNowSection } from './DueNowSection';
import { ConferencesTodaySection, NotReachedSection, ThreadsSection } from './TodayLists';
import { useToday } from './useToday';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The staff start page: what to do today, kept current live. */
function StaffToday() {
  const { today, error, reload } = useToday();
  const dates = useDates();
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title" {...pageTitleProps('Today')}>Today{today && <span className="muted today-date"> {dates.day(today.today)}</span>}</h1>
      <ErrorMessage error={error} />
      {!today && !error && <p role="status">Loading…</p>}
      {today && (
        <>
          <ul className="today-counts" aria-label="At a glance">
            <li><strong>{plural(today.counts.overdue, 'overdue deadline', 'overdue deadlines')}</strong></li>
            <li>{plural(today.counts.dueToday, 'deadline due today', 'deadlines due today')}</li>
            <li>{plural(today.tasks.length, 'task due', 'tasks due')}</li>
            <li>{plural(today.counts.mentions, 'new mention', 'new mentions')}</li>
            <li>{plural(today.counts.unreadThreads, 'unread thread', 'unread threads')}</li>
          </ul>
          <DueNowSection deadlines={today.deadlines} tasks={today.tasks} today={today.today} onChanged={reload} />
          <ThreadsSection threads={today.threads} />
          <ConferencesTodaySection conferences={today.conferences} />
          {today.caseload.length > 0 && (
            <>
              <NotReachedSection rows={today.notReached} />
              <section aria-labelledby="caseload-title">
                <h2 id="caseload-title">My caseload</h2>
                <PatientStatusList rows={today.caseload} caption="My caseload" />
              </section>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** `/`: the start page for staff, the shared plans for the family. */
export function TodayPage() {
  const { user } = useSession();
  if (!user) return null;
  return user.kind === 'staff' ? <StaffToday /> : <FamilyHomePage />;
}
