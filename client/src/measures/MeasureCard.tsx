import type { MeasureSummary } from '@carehuddle/shared';
import { MeasureCharts } from './MeasureCharts';
import { MeasureNumberHeaders, MeasureNumbers, percent, type CellFilter } from './MeasureNumbers';

const RISK_LABEL = (risk: string | null) => risk ?? 'Not screened';

/** One measure: its rate over the period, the charts, and the tables (by month, coordinator, risk level) whose numbers click through. */
export function MeasureCard({ summary, period }: { summary: MeasureSummary; period: CellFilter }) {
  const id = `measure-${summary.measure}`;
  return (
    <section className="card measure-card" aria-labelledby={id}>
      <h2 id={id}>{summary.title}</h2>
      <p className="measure-total">
        <strong>{percent(summary.total.rate)}</strong> — {summary.total.numerator} of {summary.total.denominator} counted
        {summary.total.pending > 0 ? `, ${summary.total.pending} still within their window` : ''}
      </p>
      <MeasureCharts summary={summary} />
      <div className="table-scroll">
        <table className="table">
          <caption>{summary.title}: by month</caption>
          <thead><tr><th scope="col">Month</th><MeasureNumberHeaders /></tr></thead>
          <tbody>
            {summary.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <MeasureNumbers measure={summary.measure} count={m} cell={{ ...period, month: m.month }} label={m.month} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>By coordinator and by risk level</summary>
        <div className="table-scroll">
          <table className="table">
            <caption>{summary.title}: by coordinator</caption>
            <thead><tr><th scope="col">Coordinator</th><MeasureNumberHeaders /></tr></thead>
            <tbody>
              {summary.byCoordinator.map((c) => (
                <tr key={c.coordinatorId ?? 'none'}>
                  <th scope="row">{c.coordinatorName}</th>
                  <MeasureNumbers measure={summary.measure} count={c} cell={{ ...period, coordinatorId: c.coordinatorId ?? undefined }} label={c.coordinatorName} linked={c.coordinatorId !== null} />
                </tr>
              ))}
            </tbody>
          </table>
          <table className="table">
            <caption>{summary.title}: by risk level</caption>
            <thead><tr><th scope="col">Risk level</th><MeasureNumberHeaders /></tr></thead>
            <tbody>
              {summary.byRiskLevel.map((r) => (
                <tr key={r.riskLevel ?? 'none'}>
                  <th scope="row">{RISK_LABEL(r.riskLevel)}</th>
                  <MeasureNumbers measure={summary.measure} count={r} cell={{ ...period, riskLevel: r.riskLevel ?? 'none' }} label={`${RISK_LABEL(r.riskLevel)} risk`} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
