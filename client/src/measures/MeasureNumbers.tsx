import type { MeasureCount, MeasureId } from '@carehuddle/shared';
import { Link } from 'react-router';
import { measureQuery } from '../api/measureEndpoints';

/** A rate as people read it. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** Column names: the table's header and, on a phone, each card's labels (data-label). */
const COLUMNS = { met: 'Met (numerator)', counted: 'Counted (denominator)', pending: 'Window open', rate: 'Rate' } as const;

/** The cell a row of numbers stands for, so each number clicks through to the members behind it. */
export interface CellFilter { month?: string; riskLevel?: string; coordinatorId?: string; from: string; to: string }

/** Numerator, denominator and pending as links to their members (unless `linked` is false), then the rate. */
export function MeasureNumbers({ measure, count, cell, label, linked = true }: { measure: MeasureId; count: MeasureCount; cell: CellFilter; label: string; linked?: boolean }) {
  const link = (result: string, value: number, what: string) => (!linked ? value : (
    <Link to={`/measures/${measure}/members${measureQuery({ ...cell, result })}`} aria-label={`${value} ${what}, ${label}: show the members`}>{value}</Link>
  ));
  return (
    <>
      <td data-label={COLUMNS.met}>{link('met', count.numerator, 'met')}</td>
      <td data-label={COLUMNS.counted}>{link('counted', count.denominator, 'counted')}</td>
      <td data-label={COLUMNS.pending}>{link('pending', count.pending, 'still within their window')}</td>
      <td data-label={COLUMNS.rate}>{percent(count.rate)}</td>
    </>
  );
}

/** The header cells matching `MeasureNumbers`. */
export function MeasureNumberHeaders() {
  return (
    <>
      <th scope="col">{COLUMNS.met}</th>
      <th scope="col">{COLUMNS.counted}</th>
      <th scope="col">{COLUMNS.pending}</th>
      <th scope="col">{COLUMNS.rate}</th>
    </>
  );
}
