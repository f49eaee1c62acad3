import type { MeasureCount, MeasureId } from '@carehuddle/shared';
import { Link } from 'react-router';
import { measureQuery } from '../api/measureEndpoints';

/** A rate as people read it. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** The cell a row of numbers stands for, so each number clicks through to the members behind it. */
export interface CellFilter { month?: string; riskLevel?: string; coordinatorId?: string; from: string; to: string }

/** Numerator, denominator and pending as links to their members (unless `linked` is false), then the rate. */
export function MeasureNumbers({ measure, count, cell, label, linked = true }: { measure: MeasureId; count: MeasureCount; cell: CellFilter; label: string; linked?: boolean }) {
  const link = (result: string, value: number, what: string) => (!linked ? value : (
    <Link to={`/measures/${measure}/members${measureQuery({ ...cell, result })}`} aria-label={`${value} ${what}, ${label}: show the members`}>{value}</Link>
  ));
  return (
    <>
      <td>{link('met', count.numerator, 'met')}</td>
      <td>{link('counted', count.denominator, 'counted')}</td>
      <td>{link('pending', count.pending, 'still within their window')}</td>
      <td>{percent(count.rate)}</td>
    </>
  );
}

/** The header cells matching `MeasureNumbers`. */
export function MeasureNumberHeaders() {
  return (
    <>
      <th scope="col">Met (numerator)</th>
      <th scope="col">Counted (denominator)</th>
      <th scope="col">Window open</th>
      <th scope="col">Rate</th>
    </>
  );
}
