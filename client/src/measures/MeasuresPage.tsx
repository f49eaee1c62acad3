import { RISK_LEVELS } from '@carehuddle/shared';
import { useSearchParams } from 'react-router';
import { measureEndpoints, measureQuery } from '../api/measureEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ApiRequestError } from '../api/http';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';
import { MeasureCard } from './MeasureCard';

const FILTERS = ['from', 'to', 'coordinatorId', 'riskLevel'] as const;

/** Program measures: the health plan's questions by month, coordinator and risk level, with charts, tables and exports. */
export function MeasuresPage() {
  const [search, setSearch] = useSearchParams();
  const dates = useDates();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  const query = measureQuery(filters);
  const { data: report, error } = useServerQuery(['measureReport', query], () => measureEndpoints.report(query), { keepPreviousData: true });
  const set = (name: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  const fieldError = (field: string) => (error instanceof ApiRequestError ? error.fields.find((f) => f.path === `query.${field}` || f.path === field)?.message : undefined);
  const period = report ? { from: report.from, to: report.to, coordinatorId: filters.coordinatorId, riskLevel: filters.riskLevel } : null;
  return (
    <section aria-labelledby="measures-title" className="measures-page">
      <h1 id="measures-title">Program measures</h1>
      <p>
        What the health plan asks about, computed from what the team recorded. A window still open is not counted yet.
        {report && ` Judged on ${dates.day(report.asOf)}; care plan due ${report.planDaysAfterScreening} days after the screening.`}
      </p>
      <form className="inline-form" onSubmit={(e) => e.preventDefault()} aria-label="Filter the measures">
        {(['from', 'to'] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`measures-${name}`}>{name === 'from' ? 'First month' : 'Last month'}</label>
            <input id={`measures-${name}`} type="month" value={filters[name] ?? (report ? report[name] : '')} onChange={(e) => set(name, e.target.value)}
              aria-describedby={fieldError(name) ? `measures-${name}-error` : undefined} aria-invalid={fieldError(name) ? true : undefined} />
            {fieldError(name) && <p className="field-error" id={`measures-${name}-error`}>{fieldError(name)}</p>}
          </div>
        ))}
        {report && report.coordinators.length > 1 && (
          <div className="field">
            <label htmlFor="measures-coordinator">Caseload</label>
            <select id="measures-coordinator" value={filters.coordinatorId ?? ''} onChange={(e) => set('coordinatorId', e.target.value)}>
              <option value="">Whole organization</option>
              {report.coordinators.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="measures-risk">Risk level</label>
          <select id="measures-risk" value={filters.riskLevel ?? ''} onChange={(e) => set('riskLevel', e.target.value)}>
            <option value="">All</option>
            {RISK_LEVELS.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
      </form>
      {report && <p><a href={measureEndpoints.csvUrl(query)} download>Download CSV for the health plan</a></p>}
      {error instanceof ApiRequestError && error.status === 403 && <p className="alert" role="alert">{error.message}</p>}
      {error && !(error instanceof ApiRequestError && (error.status === 403 || error.fields.length > 0)) ? <ErrorMessage error={error} /> : null}
      {!report && !error && <p role="status">Loading the measures…</p>}
      {report && period && report.measures.map((m) => <MeasureCard key={m.measure} summary={m} period={period} />)}
    </section>
  );
}
