import type { DueStatusValue, PatientSummary, Task, WorkItem } from '@carehuddle/shared';
import { taskEndpoints, type OutreachLogView } from '../api/taskEndpoints';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge } from '../components/RiskBadge';

type Status = DueStatusValue;
const COLUMNS: Array<[string, string[]]> = [
  ['Screening', ['screening']], ['Care plan', ['care_plan']], ['Review', ['plan_review', 'annual_visit']],
  ['Transitions', ['follow_up', 'medication_reconciliation']], ['Referrals', ['referral', 'prior_authorization', 'test_result']], ['Gaps', ['care_gap']],
];
const RANK: Record<Status, number> = { overdue: 0, due: 1, unable_to_reach: 2, due_soon: 3, upcoming: 4, done: 5 };
const LABEL: Record<Status, string> = { overdue: 'Overdue', due: 'Due today', due_soon: 'Due soon', upcoming: 'On track', done: 'Done', unable_to_reach: 'Unable to reach — attempts documented' };

/** The worst status among a patient's deadlines of some kinds, or none. */
function worst(items: WorkItem[], kinds: string[]): Status | null {
  const statuses = items.filter((i) => kinds.includes(i.kind)).map((i) => i.status);
  return statuses.sort((a, b) => RANK[a] - RANK[b])[0] ?? null;
}

/** For the lead coordinator: every coordinated patient's status at a glance. */
export function TeamViewPage() {
  const { data, error } = useServerQuery(['teamView'], async () => {
    const { patients } = await endpoints.patients();
    const mine = patients.filter((p) => p.myRole === 'care_coordinator');
    return Promise.all(mine.map(async (p): Promise<[PatientSummary, WorkItem[], OutreachLogView, Task[]]> => {
      const [tracking, outreach, tasks] = await Promise.all([endpoints.tracking(p.id), taskEndpoints.outreach(p.id), taskEndpoints.forPatient(p.id)]);
      return [p, tracking.items, outreach, tasks.tasks];
    }));
  });
  return (
    <section aria-labelledby="team-view-title">
      <h1 id="team-view-title">Team view</h1>
      <ErrorMessage error={error} />
      {data && (
        <div className="table-scroll">
        <table className="card table">
          <caption className="visually-hidden">Patients I coordinate</caption>
          <thead><tr><th scope="col">Patient</th><th scope="col">Risk</th>{COLUMNS.map(([title]) => <th scope="col" key={title}>{title}</th>)}<th scope="col">Open tasks</th><th scope="col">Last reached</th></tr></thead>
          <tbody>
            {data.map(([p, items, outreach, tasks]) => (
              <tr key={p.id}>
                <th scope="row"><Link to={`/patients/${p.id}#coordination`}>{p.name}</Link></th>
                <td data-label="Risk"><RiskBadge level={p.riskLevel} /></td>
                {COLUMNS.map(([title, kinds]) => {
                  const s = worst(items, kinds);
                  return <td key={title} data-label={title}>{s ? <span className={`badge status-${s}`}>{LABEL[s]}</span> : <span className="muted">—</span>}</td>;
                })}
                <td data-label="Open tasks">{tasks.filter((t) => t.status === 'open' || t.status === 'in_progress').length}</td>
                <td data-label="Last reached">
                  {outreach.lastReachedOn ?? <span className="muted">Never</span>}
                  {outreach.notReachedIn30Days && <> <span className="badge status-overdue">Not reached in 30 days</span></>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
