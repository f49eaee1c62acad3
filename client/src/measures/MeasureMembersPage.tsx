import { MeasureIdSchema, MEASURE_TITLES } from '@carehuddle/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { measureEndpoints } from '../api/measureEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge } from '../components/RiskBadge';
import { useDates } from '../format/useDates';

const RESULT = { met: 'Met', not_met: 'Not met', pending: 'Window open' } as const;
const WHICH: Record<string, string> = { met: 'met', counted: 'counted', pending: 'still within their window', not_met: 'not met' };

/** The members behind one number of a measure (the server records each one shown in their audit trail). */
export function MeasureMembersPage() {
  const { measureId } = useParams();
  const [search] = useSearchParams();
  const dates = useDates();
  const measure = MeasureIdSchema.safeParse(measureId);
  const query = search.toString() ? `?${search.toString()}` : '';
  const { data, error } = useServerQuery(['measureMembers', measureId, query], async () => (measure.success ? measureEndpoints.members(measure.data, query) : null), { keepPreviousData: true });
  if (!measure.success) return <p className="alert" role="alert">There is no such measure.</p>;
  const month = search.get('month');
  const result = search.get('result');
  return (
    <section aria-labelledby="measure-members-title">
      <p><Link to={`/measures?${new URLSearchParams([...search].filter(([k]) => k !== 'month' && k !== 'result')).toString()}`}>Back to the measures</Link></p>
      <h1 id="measure-members-title">{MEASURE_TITLES[measure.data]}</h1>
      <p>
        Members {result ? WHICH[result] ?? '' : ''}{month ? ` in ${month}` : ''}{search.get('riskLevel') ? `, risk level ${search.get('riskLevel') === 'none' ? 'not screened' : search.get('riskLevel')}` : ''}.
        {data && data.total > data.members.length && ` Showing ${data.members.length} of ${data.total}.`}
      </p>
      <ErrorMessage error={error} />
      {data && data.members.length === 0 && <p className="empty">No members behind this number.</p>}
      {data && data.members.length > 0 && (
        <div className="table-scroll">
          <table className="card table">
            <caption className="visually-hidden">Members behind the number</caption>
            <thead><tr><th scope="col">Member</th><th scope="col">Risk</th><th scope="col">Month</th><th scope="col">From</th><th scope="col">Due by</th><th scope="col">Result</th></tr></thead>
            <tbody>
              {data.members.map((m) => (
                <tr key={`${m.patientId}-${m.anchorDate}`}>
                  <th scope="row">{m.name}</th>
                  <td data-label="Risk"><RiskBadge level={m.riskLevel} /></td>
                  <td data-label="Month">{m.month}</td>
                  <td data-label="From">{dates.day(m.anchorDate)}</td>
                  <td data-label="Due by">{dates.day(m.dueDate)}</td>
                  <td data-label="Result"><span className={`badge measure-${m.result}`}>{RESULT[m.result]}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
