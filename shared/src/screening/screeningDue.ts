import { addDays, daysBetween } from '../dates';
import {
  SCREENING_DUE_DAYS,
  SCREENING_DUE_SOON_DAYS,
  type RiskLevel,
  type ScreeningStatus,
} from '../schemas/patient';

/** The health screening due date: enrollment + 30 days. */
export function screeningDueDate(enrollmentDate: string): string {
  return addDays(enrollmentDate, SCREENING_DUE_DAYS);
}

/**
 * Where the screening stands on `today`: done once a risk level is set,
 * overdue after the due date, due soon within 7 days of it.
 */
export function screeningStatus(
  riskLevel: RiskLevel | null,
  enrollmentDate: string,
  today: string,
): ScreeningStatus {
  if (riskLevel !== null) return 'done';
  const left = daysBetween(today, screeningDueDate(enrollmentDate));
  if (left < 0) return 'overdue';
  if (left <= SCREENING_DUE_SOON_DAYS) return 'due_soon';
  return 'pending';
}
