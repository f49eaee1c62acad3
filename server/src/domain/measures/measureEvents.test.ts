import type { MeasureId } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { forEachMeasureEvent, type MeasureEvent } from './measureEvents';
import type { MeasureWindow, MemberFacts } from './memberFacts';

const member = (over: Partial<MemberFacts> = {}): MemberFacts => ({
  patientId: 'p-1', coordinatorId: 'c-1', riskLevel: 'High', episodes: [{ startedOn: '2028-01-30' }],
  screenedOn: [], planReviewedOn: [], discharges: [], referrals: [], reachedOn: [], ...over,
});
const window = (over: Partial<MeasureWindow> = {}): MeasureWindow => ({ from: '2027-01', to: '2028-12', asOf: '2028-12-31', planDaysAfterScreening: 30, ...over });

function eventsOf(m: MemberFacts, w: MeasureWindow, measure: MeasureId): Array<Pick<MeasureEvent, 'month' | 'anchorDate' | 'dueDate' | 'result'>> {
  const found: MeasureEvent[] = [];
  forEachMeasureEvent(m, w, (e) => {
    if (e.measure === measure) found.push(e);
  });
  return found.map(({ month, anchorDate, dueDate, result }) => ({ month, anchorDate, dueDate, result }));
}
const resultOf = (m: MemberFacts, w: MeasureWindow, measure: MeasureId) => eventsOf(m, w, measure).map((e) => e.result);

describe('screening within 30 days of enrollment: counted in the month of enrollment', () => {
  it.each([
    // enrolled, screened, as of → result (leap year: Jan 30 + 30 days is Feb 29)
    ['2028-01-30', '2028-02-29', '2028-03-01', 'met'],
    ['2028-01-30', '2028-03-01', '2028-03-02', 'not_met'],
    ['2028-01-30', null, '2028-02-29', 'pending'],
    ['2028-01-30', null, '2028-03-01', 'not_met'],
    // Not a leap year: Jan 30 + 30 days is Mar 1.
    ['2027-01-30', '2027-03-01', '2027-03-02', 'met'],
    ['2027-01-31', '2027-03-02', '2027-03-05', 'met'],
    // A screening before the enrollment belongs to no window of it.
    ['2028-01-30', '2028-01-29', '2028-04-01', 'not_met'],
    // A screening recorded after the day judged has not happened yet.
    ['2028-01-30', '2028-02-10', '2028-02-05', 'pending'],
  ] as const)('enrolled %s, screened %s, judged %s → %s', (enrolled, screened, asOf, expected) => {
    const m = member({ episodes: [{ startedOn: enrolled }], screenedOn: screened ? [screened] : [] });
    expect(resultOf(m, window({ asOf }), 'screening_within_30_days')).toEqual([expected]);
  });

  it('belongs to the month the member enrolled, whatever the month of the screening', () => {
    const m = member({ episodes: [{ startedOn: '2028-01-31' }], screenedOn: ['2028-02-15'] });
    expect(eventsOf(m, window(), 'screening_within_30_days')).toEqual([{ month: '2028-01', anchorDate: '2028-01-31', dueDate: '2028-03-01', result: 'met' }]);
    expect(eventsOf(m, window({ from: '2028-02' }), 'screening_within_30_days')).toEqual([]);
  });

  it('a member disenrolled before the window ends leaves the denominator; one disenrolled after it stays', () => {
    expect(resultOf(member({ episodes: [{ startedOn: '2028-01-30', endedOn: '2028-02-28' }] }), window(), 'screening_within_30_days')).toEqual([]);
    expect(resultOf(member({ episodes: [{ startedOn: '2028-01-30', endedOn: '2028-02-29' }] }), window(), 'screening_within_30_days')).toEqual(['not_met']);
  });

  it('each episode is counted on its own: re-enrolled, the member needs a new screening', () => {
    const m = member({ episodes: [{ startedOn: '2027-01-10', endedOn: '2027-06-30' }, { startedOn: '2028-03-01' }], screenedOn: ['2027-01-20'] });
    expect(eventsOf(m, window(), 'screening_within_30_days').map((e) => [e.month, e.result])).toEqual([['2027-01', 'met'], ['2028-03', 'not_met']]);
  });
});

describe('care plan within the set days of the screening', () => {
  it.each([
    [30, '2028-03-01', 'met'],
    [30, '2028-03-02', 'not_met'],
    [45, '2028-03-16', 'met'],
    [45, '2028-03-17', 'not_met'],
  ] as const)('setting %i days, plan on %s (screened Jan 31, 2028) → %s', (days, plannedOn, expected) => {
    const m = member({ episodes: [{ startedOn: '2028-01-02' }], screenedOn: ['2028-01-31'], planReviewedOn: [plannedOn] });
    expect(eventsOf(m, window({ planDaysAfterScreening: days }), 'care_plan_after_screening')).toEqual([{ month: '2028-01', anchorDate: '2028-01-31', dueDate: expect.any(String), result: expected }]);
  });

  it('has no event before a screening, and is pending until the window closes', () => {
    expect(resultOf(member(), window(), 'care_plan_after_screening')).toEqual([]);
    const m = member({ episodes: [{ startedOn: '2028-01-02' }], screenedOn: ['2028-01-31'] });
    expect(resultOf(m, window({ asOf: '2028-03-01' }), 'care_plan_after_screening')).toEqual(['pending']);
    expect(resultOf(m, window({ asOf: '2028-03-02' }), 'care_plan_after_screening')).toEqual(['not_met']);
  });
});

describe('discharges: follow-up within 7 days, reconciliation within 30', () => {
  const discharged = (dischargedOn: string, followUpOn: string | null, reconciledOn: string | null) =>
    member({ episodes: [{ startedOn: '2027-01-01' }], discharges: [{ dischargedOn, followUpOn, reconciledOn }] });
  it.each([
    ['2028-02-22', '2028-02-29', '2028-03-23', 'met', 'met'],
    ['2028-02-22', '2028-03-01', '2028-03-24', 'not_met', 'not_met'],
    ['2027-12-31', '2028-01-07', '2028-01-30', 'met', 'met'],
    ['2028-03-31', null, null, 'not_met', 'not_met'],
  ] as const)('discharged %s, followed up %s, reconciled %s → %s / %s', (on, followUp, reconciled, followUpResult, reconciledResult) => {
    const m = discharged(on, followUp, reconciled);
    expect(resultOf(m, window(), 'follow_up_7_days')).toEqual([followUpResult]);
    expect(resultOf(m, window(), 'reconciliation_30_days')).toEqual([reconciledResult]);
  });

  it('belongs to the month of discharge: a December 31 discharge is December\'s, even followed up in January', () => {
    expect(eventsOf(discharged('2027-12-31', '2028-01-03', null), window(), 'follow_up_7_days').map((e) => e.month)).toEqual(['2027-12']);
  });

  it('a discharge outside any enrollment is not counted', () => {
    const m = member({ episodes: [{ startedOn: '2028-01-01' }], discharges: [{ dischargedOn: '2027-12-20', followUpOn: null, reconciledOn: null }] });
    expect(resultOf(m, window(), 'follow_up_7_days')).toEqual([]);
  });

  it('pending while the window is open: follow-up 7 days, reconciliation 30', () => {
    const m = discharged('2028-12-20', null, '2028-12-22');
    expect(resultOf(m, window({ asOf: '2028-12-27' }), 'follow_up_7_days')).toEqual(['pending']);
    expect(resultOf(m, window({ asOf: '2028-12-28' }), 'follow_up_7_days')).toEqual(['not_met']);
    expect(resultOf(m, window({ asOf: '2028-12-28' }), 'reconciliation_30_days')).toEqual(['met']);
  });
});

describe('annual review on time: counted in the month it falls due', () => {
  it('reviewed in time each year, then late: one event a year, the late review starting the next year', () => {
    const m = member({ episodes: [{ startedOn: '2026-01-01' }], planReviewedOn: ['2026-02-01', '2026-06-01', '2027-05-30', '2028-07-01'] });
    expect(eventsOf(m, window({ from: '2026-01', asOf: '2029-12-31', to: '2029-12' }), 'annual_review_on_time')).toEqual([
      // From the first plan, the review of June 1 is in time; the next year runs from June 1.
      { month: '2027-02', anchorDate: '2026-02-01', dueDate: '2027-02-01', result: 'met' },
      { month: '2027-06', anchorDate: '2026-06-01', dueDate: '2027-06-01', result: 'met' },
      // 2028 is a leap year: 365 days after May 30, 2027 is May 29, 2028.
      { month: '2028-05', anchorDate: '2027-05-30', dueDate: '2028-05-29', result: 'not_met' },
      { month: '2029-07', anchorDate: '2028-07-01', dueDate: '2029-07-01', result: 'not_met' },
    ]);
  });

  it('is pending until the due day has passed (365 days after Dec 31, 2027 is Dec 30, 2028: a leap year)', () => {
    const m = member({ episodes: [{ startedOn: '2027-01-01' }], planReviewedOn: ['2027-12-31'] });
    expect(eventsOf(m, window({ asOf: '2028-12-29' }), 'annual_review_on_time')).toEqual([{ month: '2028-12', anchorDate: '2027-12-31', dueDate: '2028-12-30', result: 'pending' }]);
    expect(resultOf(m, window({ asOf: '2028-12-30' }), 'annual_review_on_time')).toEqual(['pending']);
    expect(resultOf(m, window({ asOf: '2028-12-31' }), 'annual_review_on_time')).toEqual(['not_met']);
  });
});

describe('members reached in the last 30 days: judged on the last day of each month', () => {
  const reached = (reachedOn: string[], startedOn = '2027-01-01') => member({ episodes: [{ startedOn }], reachedOn });
  it.each([
    // Leap February: the 30 days up to Feb 29 start on Jan 31.
    ['2028-02', '2028-01-31', 'met'],
    ['2028-02', '2028-01-30', 'not_met'],
    // February 2027 ends on the 28th: the window starts on Jan 30.
    ['2027-02', '2027-01-30', 'met'],
    ['2027-02', '2027-01-29', 'not_met'],
    ['2028-03', '2028-03-31', 'met'],
    ['2028-12', '2028-12-02', 'met'],
    ['2028-12', '2028-12-01', 'not_met'],
  ] as const)('%s, reached on %s → %s', (month, on, expected) => {
    expect(eventsOf(reached([on]), window({ from: month, to: month }), 'reached_last_30_days').map((e) => e.result)).toEqual([expected]);
  });

  it('the current month is judged today, and months after today are not judged', () => {
    const m = reached(['2028-05-20']);
    expect(eventsOf(m, window({ from: '2028-05', to: '2028-08', asOf: '2028-06-10' }), 'reached_last_30_days')).toEqual([
      { month: '2028-05', anchorDate: '2028-05-02', dueDate: '2028-05-31', result: 'met' },
      { month: '2028-06', anchorDate: '2028-05-12', dueDate: '2028-06-10', result: 'met' },
    ]);
  });

  it('leaves out members enrolled less than 30 days, and after they leave', () => {
    expect(resultOf(reached([], '2028-02-01'), window({ from: '2028-02', to: '2028-02' }), 'reached_last_30_days')).toEqual([]);
    expect(resultOf(reached([], '2028-01-31'), window({ from: '2028-02', to: '2028-02' }), 'reached_last_30_days')).toEqual(['not_met']);
    const left = member({ episodes: [{ startedOn: '2027-01-01', endedOn: '2028-03-15' }] });
    expect(eventsOf(left, window({ from: '2028-02', to: '2028-04' }), 'reached_last_30_days').map((e) => e.month)).toEqual(['2028-02']);
  });
});

describe('referral loop closed within 68 days of the referral', () => {
  it.each([
    ['2028-01-01', '2028-03-09', 'met'],
    ['2028-01-01', '2028-03-10', 'not_met'],
    ['2028-01-01', null, 'not_met'],
  ] as const)('referred %s, closed %s → %s', (referredOn, closedOn, expected) => {
    const m = member({ episodes: [{ startedOn: '2027-01-01' }], referrals: [{ referredOn, closedOn }] });
    expect(resultOf(m, window(), 'referral_loop_closed')).toEqual([expected]);
  });
});
