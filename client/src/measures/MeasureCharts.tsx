import type { MeasureSummary } from '@carehuddle/shared';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent } from './MeasureNumbers';

const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const formatPercent = (value: unknown) => (typeof value === 'number' ? `${value}%` : '—');

/**
 * The trend by month and the caseload bars of one measure. The charts are
 * pictures for those who would rather look; the tables beside them carry the
 * same numbers for everyone else (screen readers skip the pictures).
 */
export function MeasureCharts({ summary }: { summary: MeasureSummary }) {
  const trend = summary.months.map((m) => ({ month: m.month, rate: asPercent(m.rate) }));
  const caseloads = summary.byCoordinator.map((c) => ({ name: c.coordinatorName, rate: asPercent(c.rate) }));
  const described = summary.months.filter((m) => m.rate !== null).map((m) => `${m.month}: ${percent(m.rate)}`).join(', ');
  return (
    <div className="measure-charts" aria-hidden="true" title={`${summary.title} by month: ${described || 'no counted members yet'}`}>
      <figure className="measure-chart">
        <figcaption>Rate by month</figcaption>
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={trend} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" fontSize={11} />
            <YAxis domain={[0, 100]} fontSize={11} tickFormatter={formatPercent} />
            <Tooltip formatter={formatPercent} />
            <Line type="monotone" dataKey="rate" stroke="#1d4ed8" strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      {caseloads.length > 1 && (
        <figure className="measure-chart">
          <figcaption>Rate by coordinator</figcaption>
          <ResponsiveContainer width="100%" height={180}>
            <BarChart data={caseloads} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" fontSize={11} />
              <YAxis domain={[0, 100]} fontSize={11} tickFormatter={formatPercent} />
              <Tooltip formatter={formatPercent} />
              <Bar dataKey="rate" fill="#0f766e" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
    </div>
  );
}
