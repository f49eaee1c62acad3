import type { MeasureId } from '@carehuddle/shared';

/** What one measure counts, in words (the FHIR `Measure` and docs/measures.md say the same). */
export interface MeasureDefinition {
  /** FHIR `Measure.name`: a machine-friendly name. */
  name: string;
  description: string;
  denominator: string;
  numerator: string;
  exclusion: string;
}

const ENROLLED = 'Members disenrolled before the window ends, and clinical facts only (behavioral-health and substance-use records are left out).';

/** The definitions of the program measures. */
export const MEASURE_DEFINITIONS: Record<MeasureId, MeasureDefinition> = {
  screening_within_30_days: {
    name: 'ScreeningWithin30Days', description: 'Members whose health screening was completed within 30 days of enrollment, by month of enrollment.',
    denominator: 'Enrollments (episode starts) in the month whose 30-day window has ended.',
    numerator: 'Of those, members with a scored screening completed from the enrollment day to 30 days after it.',
    exclusion: ENROLLED,
  },
  care_plan_after_screening: {
    name: 'CarePlanAfterScreening', description: 'Members whose care plan was signed or reviewed within the set days (PLAN_DAYS_AFTER_SCREENING, default 30) of their first screening, by month of the screening.',
    denominator: 'First completed screenings of an enrollment in the month whose window has ended.',
    numerator: 'Of those, members with a plan signed or a plan review recorded from the enrollment day to the screening day plus the set days.',
    exclusion: ENROLLED,
  },
  follow_up_7_days: {
    name: 'FollowUp7DaysAfterDischarge', description: 'Discharges followed up within 7 days, by month of discharge.',
    denominator: 'Discharges recorded (by hand or by an admission alert) in the month whose 7-day window has ended.',
    numerator: 'Of those, discharges whose follow-up was marked done within 7 days.',
    exclusion: `${ENROLLED} Discharges outside an enrollment.`,
  },
  reconciliation_30_days: {
    name: 'ReconciliationWithin30DaysOfDischarge', description: 'Discharges followed by a medication reconciliation within 30 days, by month of discharge.',
    denominator: 'Discharges in the month whose 30-day window has ended.',
    numerator: 'Of those, discharges whose reconciliation step was closed (a signed reconciliation, or marked done) within 30 days.',
    exclusion: `${ENROLLED} Discharges outside an enrollment.`,
  },
  annual_review_on_time: {
    name: 'AnnualPlanReviewOnTime', description: 'Plan reviews due (a year after the last review or the first plan) that were done on time, by month due.',
    denominator: 'Reviews that fell due in the month, once the due day has passed.',
    numerator: 'Of those, reviews done (a plan signed or a review recorded) by the due day.',
    exclusion: ENROLLED,
  },
  reached_last_30_days: {
    name: 'MembersReachedLast30Days', description: 'Members reached in the 30 days up to the last day of the month (today for the current month).',
    denominator: 'Members enrolled for the whole 30 days up to that day.',
    numerator: 'Of those, members with a contact attempt whose outcome was "reached" and that reached the member or their caregiver (not a provider).',
    exclusion: 'Members enrolled less than 30 days before the day judged, or not enrolled on it.',
  },
  referral_loop_closed: {
    name: 'ReferralLoopClosed', description: 'Referrals whose loop was closed within the expected time of all their steps (68 days), by month the referral was made.',
    denominator: 'Referrals made in the month whose 68-day window has ended.',
    numerator: 'Of those, referrals moved to "closed" within 68 days.',
    exclusion: `${ENROLLED} Referrals outside an enrollment.`,
  },
};
