import { addDays } from '@carehuddle/shared';

/** The month (`YYYY-MM`) of a calendar date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month after a month. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The last calendar day of a month (Feb 29 in leap years). */
export const lastDayOf = (month: string): string => addDays(`${nextMonth(month)}-01`, -1);

/** Every month from `from` to `to`, both included. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
}

/** A `N` months long range ending with the month of `today`. */
export function lastMonths(today: string, count: number): { from: string; to: string } {
  const to = monthOf(today);
  let from = to;
  for (let i = 1; i < count; i += 1) from = previousMonth(from);
  return { from, to };
}

function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
