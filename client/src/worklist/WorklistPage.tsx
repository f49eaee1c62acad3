import { useState } from 'react';
import { Link } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { RiskBadge } from '../components/RiskBadge';
import { useDates } from '../format/useDates';
import { useSession } from '../session/SessionContext';
import { MyTasksSection } from '../tasks/MyTasksSection';
import { useWorklist } from './useWorklist';

const KINDS = ['screening', 'care_plan', 'plan_review', 'follow_up', 'medication_reconciliation', 'referral', 'prior_authorization', 'test_result', 'care_gap', 'annual_visit'];
const STATUS = { due_soon: 'Due soon', due: 'Due today', overdue: 'Overdue', upcoming: 'Upcoming', done: 'Done', unable_to_reach: 'Unable to reach — attempts documented' } as const;
const words = (s: string) => s.replaceAll('_', ' ');

/** "My worklist": everything due soon, due or overdue across my patients, filterable and sortable. */
export function WorklistPage() {
  const [kind, setKind] = useState('');
  const [sort, setSort] = useState('dueDate');
  const [onlyMine, setOnlyMine] = useState(false);
  const list = useWorklist(`?sort=${sort}${kind ? `&kind=${kind}` : ''}`);
  const { user } = useSession();
  const dates = useDates();
  const today = dates.today();
  // The worklist covers every patient on my teams (as "My patients" does); "mine" is what I coordinate or own.
  const { data: patients } = useServerQuery(['patients'], () => endpoints.patients());
  const coordinated = new Set((patients?.patients ?? []).filter((p) => p.myRole === 'care_coordinator').map((p) => p.id));
  const items = (list?.items ?? []).filter((w) => !onlyMine || coordinated.has(w.patientId) || w.ownerId === user?.id);
  return (
    <section aria-labelledby="worklist-title">
      <h1 id="worklist-title">My worklist</h1>
      <p><Link to="/team">Team view: every patient I coordinate at a glance</Link></p>
      <MyTasksSection />
      <h2>Deadlines</h2>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="wl-kind">Show</label>
          <select id="wl-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Everything</option>
            {KINDS.map((k) => <option key={k} value={k}>{words(k)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="wl-sort">Sort by</label>
          <select id="wl-sort" value={sort} onChange={(e) => setSort(e.target.value)}>
            <option value="dueDate">Due date</option>
            <option value="patient">Patient</option>
            <option value="riskLevel">Risk level</option>
            <option value="kind">Kind</option>
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} /> Only patients I coordinate and items I own
        </label>
      </div>
      {list && items.length === 0 && <p className="empty">Nothing due. Well done.</p>}
      {list && items.length > 0 && (
        <div className="table-scroll">
        <table className="card table">
          <caption className="visually-hidden">My worklist</caption>
          <thead><tr><th scope="col">Due</th><th scope="col">Status</th><th scope="col">What</th><th scope="col">Patient</th><th scope="col">Risk</th></tr></thead>
          <tbody>
            {items.map((w) => (
              <tr key={`${w.patientId}-${w.kind}-${w.itemId ?? ''}-${w.dueDate}`}>
                <td data-label="Due">{dates.day(w.dueDate)} <span className="muted">({dates.due(w.dueDate, today)})</span></td>
                <td data-label="Status"><span className={`badge status-${w.status}`}>{STATUS[w.status]}</span></td>
                <th scope="row"><Link to={w.link}>{w.title}</Link></th>
                <td data-label="Patient">{w.patientName}</td>
                <td data-label="Risk"><RiskBadge level={w.riskLevel} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
