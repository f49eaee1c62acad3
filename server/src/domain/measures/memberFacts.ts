import type { RiskLevel } from '@carehuddle/shared';

/** One enrollment episode; `endedOn` absent or null while the member is enrolled. */
export interface Episode {
  startedOn: string;
  endedOn?: string | null;
}

/** A discharge and the two steps that follow it. */
export interface DischargeFact {
  dischargedOn: string;
  followUpOn: string | null;
  reconciledOn: string | null;
}

/** A referral: the day it was made and the day its loop was closed, if it was. */
export interface ReferralFact {
  referredOn: string;
  closedOn: string | null;
}

/**
 * What the measures read about one member: stored facts only (dates recorded
 * by commands), never free text. Date lists are calendar dates, ascending.
 */
export interface MemberFacts {
  patientId: string;
  /** The lead care coordinator (null when the member has none). */
  coordinatorId: string | null;
  riskLevel: RiskLevel | null;
  episodes: readonly Episode[];
  /** Days scored screenings were completed. */
  screenedOn: readonly string[];
  /** Days the plan was signed or a plan review recorded. */
  planReviewedOn: readonly string[];
  discharges: readonly DischargeFact[];
  referrals: readonly ReferralFact[];
  /** Days the member or their caregiver was reached. */
  reachedOn: readonly string[];
}

/** The period a report covers and the day its windows are judged on. */
export interface MeasureWindow {
  /** First and last month, `YYYY-MM`. */
  from: string;
  to: string;
  /** Today in the organization's time zone: later facts do not exist yet, windows ending before it are closed. */
  asOf: string;
  /** The setting "care plan within N days of the screening" (PLAN_DAYS_AFTER_SCREENING). */
  planDaysAfterScreening: number;
}
