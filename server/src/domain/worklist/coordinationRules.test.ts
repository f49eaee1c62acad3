import { calendarDateIn } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { carePlanDeadline, planReviewDeadline, screeningDeadline, transitionDeadlines } from './coordinationRules';
import { dueStatus } from './dueStatus';
import { annualVisitDeadline, canAdvanceReferral, careGapDeadline, referralDeadlines, testResultDeadline } from './trackingRules';

describe('dueStatus at every boundary', () => {
  it.each([
    ['2026-03-10', '2026-03-02', null, 'upcoming'],
    ['2026-03-10', '2026-03-03', null, 'due_soon'],
    ['2026-03-10', '2026-03-09', null, 'due_soon'],
    ['2026-03-10', '2026-03-10', null, 'due'],
    ['2026-03-10', '2026-03-11', null, 'overdue'],
    ['2026-03-10', '2026-04-01', '2026-03-09', 'done'],
  ] as const)('due %s, today %s, done %s → %s', (due, today, done, expected) => {
    expect(dueStatus(due, today, done)).toBe(expected);
  });
});

describe('health screening: 30 days after enrollment', () => {
  it.each([
    ['2026-01-31', '2026-03-02'],
    ['2028-01-30', '2028-02-29'],
    ['2028-01-31', '2028-03-01'],
    ['2026-12-15', '2027-01-14'],
  ])('enrolled %s → due %s', (enrolled, due) => {
    expect(screeningDeadline(enrolled, null, enrolled).dueDate).toBe(due);
  });
  it('is done once screened, overdue the day after the due date otherwise', () => {
    expect(screeningDeadline('2026-01-01', '2026-01-20', '2026-03-01').status).toBe('done');
    expect(screeningDeadline('2026-01-01', null, '2026-01-31').status).toBe('due');
    expect(screeningDeadline('2026-01-01', null, '2026-02-01').status).toBe('overdue');
  });
  it('reckons "today" in the organization\'s time zone, not UTC', () => {
    // 02:30 UTC on March 1 is still February 28 in New York.
    const today = calendarDateIn(new Date('2026-03-01T02:30:00Z'), 'America/New_York');
    expect(today).toBe('2026-02-28');
    expect(screeningDeadline('2026-01-29', null, today).status).toBe('due');
    expect(screeningDeadline('2026-01-29', null, calendarDateIn(new Date('2026-03-01T02:30:00Z'), 'UTC')).status).toBe('overdue');
  });
});

describe('care plan and reviews', () => {
  it('needs a screening first, then is due 30 days after it', () => {
    expect(carePlanDeadline(null, null, '2026-05-01')).toBeNull();
    expect(carePlanDeadline('2026-01-31', null, '2026-03-01')).toMatchObject({ dueDate: '2026-03-02', status: 'due_soon' });
    expect(carePlanDeadline('2026-01-31', '2026-02-10', '2026-04-01')?.status).toBe('done');
  });
  it.each([
    ['High', '2026-04-01'],
    ['Moderate', '2026-06-30'],
    ['Low', '2027-01-01'],
  ] as const)('%s risk reviewed on 2026-01-01 → next review %s', (risk, due) => {
    expect(planReviewDeadline('2026-01-01', risk, '2026-01-02')?.dueDate).toBe(due);
  });
  it('never allows more than a year, whatever the organization configures', () => {
    expect(planReviewDeadline('2026-01-01', 'Low', '2026-01-02', { planDaysAfterScreening: 30, reviewDaysByRisk: { High: 90, Moderate: 180, Low: 500 } })?.dueDate).toBe('2027-01-01');
  });
});

describe('transitions of care: follow-up and medication reconciliation within 7 days', () => {
  it('creates both, tracked separately to completion', () => {
    const [followUp, medRec] = transitionDeadlines({ dischargedOn: '2026-02-26', facility: 'St. Mary', followUpOn: null, reconciledOn: '2026-02-27' }, '2026-03-05');
    expect(followUp).toMatchObject({ kind: 'follow_up', dueDate: '2026-03-05', status: 'due' });
    expect(medRec).toMatchObject({ kind: 'medication_reconciliation', status: 'done' });
    expect(transitionDeadlines({ dischargedOn: '2026-02-26', facility: 'St. Mary', followUpOn: null, reconciledOn: null }, '2026-03-06')[0].status).toBe('overdue');
  });
  it('handles leap years across month ends', () => {
    expect(transitionDeadlines({ dischargedOn: '2028-02-25', facility: 'X', followUpOn: null, reconciledOn: null }, '2028-02-25')[0].dueDate).toBe('2028-03-03');
  });
});

describe('referrals, test results, gaps and annual visits', () => {
  it('moves referrals forward only', () => {
    expect(canAdvanceReferral('draft', 'sent')).toBe(true);
    expect(canAdvanceReferral('scheduled', 'closed')).toBe(true);
    expect(canAdvanceReferral('sent', 'draft')).toBe(false);
    expect(canAdvanceReferral('sent', 'sent')).toBe(false);
  });
  it.each([
    ['draft', '2026-01-04'],
    ['sent', '2026-01-15'],
    ['scheduled', '2026-01-31'],
    ['completed', '2026-01-15'],
    ['results_received', '2026-01-08'],
  ] as const)('a referral in step %s since 2026-01-01 is due by %s', (step, due) => {
    expect(referralDeadlines({ specialty: 'Cardiology', step, stepSince: '2026-01-01', priorAuth: 'not_needed', priorAuthSince: null }, '2026-01-01')[0]!.dueDate).toBe(due);
  });
  it('tracks a requested prior authorization and stops tracking closed referrals', () => {
    const d = referralDeadlines({ specialty: 'Orthopedics', step: 'sent', stepSince: '2026-01-01', priorAuth: 'requested', priorAuthSince: '2026-01-02' }, '2026-01-20');
    expect(d.map((x) => [x.kind, x.status])).toEqual([['referral', 'overdue'], ['prior_authorization', 'overdue']]);
    expect(referralDeadlines({ specialty: 'X', step: 'closed', stepSince: '2026-01-01', priorAuth: 'approved', priorAuthSince: '2026-01-02' }, '2027-01-01')).toEqual([]);
  });
  it('tracks test results until communicated', () => {
    expect(testResultDeadline({ name: 'A1c', step: 'ordered', stepSince: '2026-01-01' }, '2026-01-15')?.status).toBe('due');
    expect(testResultDeadline({ name: 'A1c', step: 'resulted', stepSince: '2026-01-10' }, '2026-01-14')?.status).toBe('overdue');
    expect(testResultDeadline({ name: 'A1c', step: 'communicated', stepSince: '2026-01-10' }, '2026-01-14')).toBeNull();
  });
  it('closes care gaps with evidence and schedules annual visits', () => {
    expect(careGapDeadline({ description: 'Flu vaccine', dueDate: '2026-10-31', closedOn: null }, '2026-11-01').status).toBe('overdue');
    expect(careGapDeadline({ description: 'Flu vaccine', dueDate: '2026-10-31', closedOn: '2026-10-02' }, '2026-11-01').status).toBe('done');
    expect(annualVisitDeadline('2025-03-01', null, '2024-01-01', '2026-02-25')).toMatchObject({ dueDate: '2026-03-01', status: 'due_soon' });
    expect(annualVisitDeadline(null, '2026-04-10', '2025-01-01', '2026-02-25').title).toBe('Annual visit (scheduled)');
  });
});
