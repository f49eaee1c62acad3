import type { DueStatusValue, PatientSummary, WorkItem } from '@carehuddle/shared';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useLoad } from '../api/useLoad';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge } from '../components/RiskBadge';

type Status = DueStatusValue;
const COLUMNS: Array<[string, string[]]> = [
  ['Screening', ['screening']], ['Care plan', ['care_plan']], ['Review', ['plan_review', 'annual_visit']],
  ['Transitions', ['follow_up', 'medication_reconciliation']], ['Referrals', ['referral', 'prior_authorization', 'test_result']], ['Gaps', ['care_gap']],
];
const RANK: Record<Status, number> = { overdue: 0, due: 1, due_soon: 2, upcoming: 3, done: 4 };
const LABEL: Record<Status, string> = { overdue: 'Overdue', due: 'Due today', due_soon: 'Due soon', upcoming: 'On track', done: 'Done' };

/** The worst status among a patient's deadlines of some kinds, or none. */
function worst(items: WorkItem[], kinds: string[]): Status | null {
  const statuses = items.filter((i) => kinds.includes(i.kind)).map((i) => i.status);
  return statuses.sort((a, b) => RANK[a] - RANK[b])[0] ?? null;
}

/** For the lead coordinator: every coordinated patient's status at a glance. */
export function TeamViewPage() {
  const { data, error } = useLoad(async () => {
    const { patients } = await endpoints.patients();
    const mine = patients.filter((p) => p.myRole === 'care_coordinator');
    return Promise.all(mine.map(async (p): Promise<[PatientSummary, WorkItem[]]> => [p, (await endpoints.tracking(p.id)).items]));
  }, []);
  return (
    <section aria-labelledby="team-view-title">
      <h1 id="team-view-title">Team view</h1>
      <ErrorMessage error={error} />
      {data && (
        <div className="table-scroll">
        <table className="card table">
          <caption className="visually-hidden">Patients I coordinate</caption>
          <thead><tr><th scope="col">Patient</th><th scope="col">Risk</th>{COLUMNS.map(([title]) => <th scope="col" key={title}>{title}</th>)}</tr></thead>
          <tbody>
            {data.map(([p, items]) => (
              <tr key={p.id}>
                <th scope="row"><Link to={`/patients/${p.id}#coordination`}>{p.name}</Link></th>
                <td><RiskBadge level={p.riskLevel} /></td>
                {COLUMNS.map(([title, kinds]) => {
                  const s = worst(items, kinds);
                  return <td key={title}>{s ? <span className={`badge status-${s}`}>{LABEL[s]}</span> : <span className="muted">—</span>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
