import { daysBetween, type DueStatusValue } from '@carehuddle/shared';

/** Where a tracked deadline stands on a given calendar day (the shared contract's values). */
export type DueStatus = DueStatusValue;

/** Days before a due date from which an item shows as due soon. */
export const DUE_SOON_DAYS = 7;

/**
 * The status of a deadline on `today` (calendar dates, `YYYY-MM-DD`): done once
 * completed, due on the day itself, overdue after, due soon within 7 days before.
 */
export function dueStatus(dueDate: string, today: string, completedOn: string | null = null, soonDays = DUE_SOON_DAYS): DueStatus {
  if (completedOn !== null) return 'done';
  const left = daysBetween(today, dueDate);
  if (left < 0) return 'overdue';
  if (left === 0) return 'due';
  return left <= soonDays ? 'due_soon' : 'upcoming';
}
