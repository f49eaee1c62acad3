import { addDays } from '@carehuddle/shared';
import type { Deadline } from './coordinationRules';
import { dueStatus } from './dueStatus';

/** Referral steps, in order; a referral only moves forward. */
export const REFERRAL_STEPS = ['draft', 'sent', 'scheduled', 'completed', 'results_received', 'closed'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** Expected days for each referral step before it counts as overdue. */
export const REFERRAL_STEP_DAYS: Record<Exclude<ReferralStep, 'closed'>, number> = {
  draft: 3, sent: 14, scheduled: 30, completed: 14, results_received: 7,
};

/** Prior authorization: a decision is expected within 14 days of the request. */
export const PRIOR_AUTH_DECISION_DAYS = 14;

/** Whether a referral may move from one step to another (forward only, one or more steps). */
export function canAdvanceReferral(from: ReferralStep, to: ReferralStep): boolean {
  return REFERRAL_STEPS.indexOf(to) > REFERRAL_STEPS.indexOf(from);
}

/** The deadlines of one referral: its current step, and a pending prior authorization. */
export function referralDeadlines(
  r: { specialty: string; step: ReferralStep; stepSince: string; priorAuth: 'not_needed' | 'needed' | 'requested' | 'approved' | 'denied'; priorAuthSince: string | null },
  today: string,
): Deadline[] {
  const deadlines: Deadline[] = [];
  if (r.step !== 'closed') {
    const dueDate = addDays(r.stepSince, REFERRAL_STEP_DAYS[r.step]);
    deadlines.push({ kind: 'referral', title: `Referral to ${r.specialty}: ${r.step.replace('_', ' ')}`, dueDate, status: dueStatus(dueDate, today) });
  }
  if ((r.priorAuth === 'requested' || r.priorAuth === 'needed') && r.priorAuthSince) {
    const dueDate = addDays(r.priorAuthSince, r.priorAuth === 'needed' ? 3 : PRIOR_AUTH_DECISION_DAYS);
    deadlines.push({ kind: 'prior_authorization', title: `Prior authorization for ${r.specialty}`, dueDate, status: dueStatus(dueDate, today) });
  }
  return deadlines;
}

/** Test result steps and the days each may take. */
export const TEST_RESULT_STEP_DAYS = { ordered: 14, resulted: 3, reviewed: 7 } as const;
export type TestResultStep = keyof typeof TEST_RESULT_STEP_DAYS | 'communicated';

/** A test result is tracked until it has been communicated to the patient. */
export function testResultDeadline(t: { name: string; step: TestResultStep; stepSince: string }, today: string): Deadline | null {
  if (t.step === 'communicated') return null;
  const dueDate = addDays(t.stepSince, TEST_RESULT_STEP_DAYS[t.step]);
  return { kind: 'test_result', title: `${t.name}: ${t.step === 'ordered' ? 'awaiting result' : t.step === 'resulted' ? 'awaiting review' : 'tell the patient'}`, dueDate, status: dueStatus(dueDate, today) };
}

/** A care gap reported by the plan, open until closed with evidence. */
export function careGapDeadline(g: { description: string; dueDate: string; closedOn: string | null }, today: string): Deadline {
  return { kind: 'care_gap', title: `Care gap: ${g.description}`, dueDate: g.dueDate, status: dueStatus(g.dueDate, today, g.closedOn) };
}

/** The annual visit: a year after the last one (or on its scheduled date, if booked). */
export function annualVisitDeadline(lastVisitOn: string | null, scheduledOn: string | null, enrollmentDate: string, today: string): Deadline {
  const dueDate = scheduledOn ?? addDays(lastVisitOn ?? enrollmentDate, 365);
  return { kind: 'annual_visit', title: scheduledOn ? 'Annual visit (scheduled)' : 'Annual visit', dueDate, status: dueStatus(dueDate, today) };
}
