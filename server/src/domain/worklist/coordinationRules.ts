import { addDays, screeningDueDate, type RiskLevel } from '@carehuddle/shared';
import { dueStatus, type DueStatus } from './dueStatus';

/** Organization settings for the plan and review clock. */
export interface CoordinationSettings {
  /** Days after the screening within which the individualized plan is due. */
  planDaysAfterScreening: number;
  /** Re-review interval by risk level; at least annual. */
  reviewDaysByRisk: Record<RiskLevel, number>;
  /** Unsuccessful contact attempts, on different days, that mark a deadline "unable to reach" (default 3). */
  unableToReachAttempts?: number;
  /** Years a member's records are kept after their last enrollment episode ends (default 10). */
  retentionYears?: number;
}

/** Years records are kept after a member's last episode ends unless RETENTION_YEARS says otherwise. */
export const DEFAULT_RETENTION_YEARS = 10;

/**
 * Defaults: plan within 30 days of screening; review High every 90 days, Moderate 180, Low yearly; three
 * attempts; records kept 10 years after the last episode (Medicare Advantage, 42 CFR 422.504(d)).
 */
export const DEFAULT_SETTINGS: CoordinationSettings = {
  planDaysAfterScreening: 30, reviewDaysByRisk: { High: 90, Moderate: 180, Low: 365 }, unableToReachAttempts: 3, retentionYears: DEFAULT_RETENTION_YEARS,
};

/** One deadline the worklist may show. */
export interface Deadline {
  kind: 'screening' | 'care_plan' | 'plan_review' | 'follow_up' | 'medication_reconciliation' | 'referral' | 'prior_authorization' | 'test_result' | 'care_gap' | 'annual_visit';
  title: string;
  dueDate: string;
  status: DueStatus;
}

/** Health screening / risk stratification: due 30 days after enrollment. */
export function screeningDeadline(enrollmentDate: string, screenedOn: string | null, today: string): Deadline {
  const dueDate = screeningDueDate(enrollmentDate);
  return { kind: 'screening', title: 'Health screening and risk level', dueDate, status: dueStatus(dueDate, today, screenedOn) };
}

/** The individualized care plan: due a configurable number of days after the screening; none before a screening. */
export function carePlanDeadline(screenedOn: string | null, firstPlanOn: string | null, today: string, settings = DEFAULT_SETTINGS): Deadline | null {
  if (screenedOn === null) return null;
  const dueDate = addDays(screenedOn, settings.planDaysAfterScreening);
  return { kind: 'care_plan', title: 'Individualized care plan', dueDate, status: dueStatus(dueDate, today, firstPlanOn) };
}

/** The next plan review: from the last review (or the first plan), by risk level, never more than a year. */
export function planReviewDeadline(lastReviewOn: string | null, riskLevel: RiskLevel | null, today: string, settings = DEFAULT_SETTINGS): Deadline | null {
  if (lastReviewOn === null || riskLevel === null) return null;
  const dueDate = addDays(lastReviewOn, Math.min(365, settings.reviewDaysByRisk[riskLevel]));
  return { kind: 'plan_review', title: `Plan review (${riskLevel} risk)`, dueDate, status: dueStatus(dueDate, today) };
}

/** After a hospital or emergency discharge: a follow-up within 7 days and a medication reconciliation. */
export function transitionDeadlines(
  discharge: { dischargedOn: string; facility: string; followUpOn: string | null; reconciledOn: string | null }, today: string,
): [Deadline, Deadline] {
  const dueDate = addDays(discharge.dischargedOn, 7);
  return [
    { kind: 'follow_up', title: `Follow-up after discharge from ${discharge.facility}`, dueDate, status: dueStatus(dueDate, today, discharge.followUpOn) },
    { kind: 'medication_reconciliation', title: `Medication reconciliation after ${discharge.facility}`, dueDate, status: dueStatus(dueDate, today, discharge.reconciledOn) },
  ];
}
