import { addDays, type DueStatusValue } from '@carehuddle/shared';

/** Outcomes that count as an unsuccessful attempt. */
const UNSUCCESSFUL = new Set(['left_message', 'wrong_number', 'declined', 'unable_to_reach']);

/** Which deadlines contact attempts can document, the purpose an attempt names for them, and how far back "within the deadline" reaches. */
const PURPOSE_OF: Record<string, { purpose: string; windowDays: number }> = {
  screening: { purpose: 'screening', windowDays: 30 },
  follow_up: { purpose: 'follow_up', windowDays: 7 },
  annual_visit: { purpose: 'annual_review', windowDays: 365 },
  plan_review: { purpose: 'annual_review', windowDays: 365 },
};

/** A contact attempt as the rule reads it. */
export interface AttemptFact {
  attemptedOn: string;
  outcome: string;
  purpose: string;
  targetId: string | null;
}

/**
 * A deadline's status once contact attempts are counted: a deadline that is
 * not done becomes `unable_to_reach` when `threshold` unsuccessful attempts for
 * it, on different days, fall within its window (up to its due date) and none
 * of them reached anyone. An attempt naming another item does not count.
 */
export function statusWithAttempts(
  deadline: { kind: string; itemId: string | null; dueDate: string; status: DueStatusValue }, attempts: readonly AttemptFact[], threshold: number,
): DueStatusValue {
  const rule = PURPOSE_OF[deadline.kind];
  if (!rule || deadline.status === 'done') return deadline.status;
  const from = addDays(deadline.dueDate, -rule.windowDays);
  const relevant = attempts.filter((a) => a.purpose === rule.purpose && a.attemptedOn >= from && a.attemptedOn <= deadline.dueDate
    && (a.targetId === null || deadline.itemId === null || a.targetId === deadline.itemId));
  if (relevant.some((a) => a.outcome === 'reached')) return deadline.status;
  const days = new Set(relevant.filter((a) => UNSUCCESSFUL.has(a.outcome)).map((a) => a.attemptedOn));
  return days.size >= threshold ? 'unable_to_reach' : deadline.status;
}
