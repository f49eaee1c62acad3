import { describe, expect, it } from 'vitest';
import { factsFromRecords } from './factsFromRecords';
import type { MeasureWindow, MemberFacts } from './memberFacts';
import { membersBehind, tallyMeasures } from './tallyMeasures';

const window: MeasureWindow = { from: '2028-01', to: '2028-03', asOf: '2028-06-30', planDaysAfterScreening: 30 };
const member = (patientId: string, over: Partial<MemberFacts>): MemberFacts => ({
  patientId, coordinatorId: 'c-ana', riskLevel: 'High', episodes: [{ startedOn: '2028-01-15' }],
  screenedOn: [], planReviewedOn: [], discharges: [], referrals: [], reachedOn: [], ...over,
});
// Three members enrolled in January and February; two screened in time; one with another coordinator and no risk level yet.
const members = [
  member('p-1', { screenedOn: ['2028-02-14'] }),
  member('p-2', { episodes: [{ startedOn: '2028-02-29' }], screenedOn: ['2028-03-30'], riskLevel: 'Low' }),
  member('p-3', { episodes: [{ startedOn: '2028-02-01' }], coordinatorId: 'c-ben', riskLevel: null }),
];
const names = (id: string | null) => ({ 'c-ana': 'Ana', 'c-ben': 'Ben' })[id ?? ''] ?? 'No coordinator';

describe('tallying the measures', () => {
  const screening = tallyMeasures(members, window, names).find((m) => m.measure === 'screening_within_30_days')!;
  it('gives numerator, denominator and rate by month', () => {
    expect(screening.months).toEqual([
      { month: '2028-01', numerator: 1, denominator: 1, pending: 0, rate: 1 },
      { month: '2028-02', numerator: 1, denominator: 2, pending: 0, rate: 0.5 },
      { month: '2028-03', numerator: 0, denominator: 0, pending: 0, rate: null },
    ]);
    expect(screening.total).toEqual({ numerator: 2, denominator: 3, pending: 0, rate: 2 / 3 });
  });
  it('by coordinator and by risk level (members not screened yet apart)', () => {
    expect(screening.byCoordinator.map((c) => [c.coordinatorName, c.numerator, c.denominator])).toEqual([['Ana', 2, 2], ['Ben', 0, 1]]);
    expect(screening.byRiskLevel.map((r) => [r.riskLevel, r.numerator, r.denominator])).toEqual([['High', 1, 1], ['Low', 1, 1], [null, 0, 1]]);
  });
  it('lists the members behind each number, and the numbers add up to the lists', () => {
    const ids = (filter: Parameters<typeof membersBehind>[3]) => membersBehind(members, window, 'screening_within_30_days', filter).map((e) => e.member.patientId);
    expect(ids({ month: '2028-02', result: 'met' })).toEqual(['p-2']);
    expect(ids({ month: '2028-02', result: 'not_met' })).toEqual(['p-3']);
    expect(ids({ coordinatorId: 'c-ben' })).toEqual(['p-3']);
    expect(ids({ riskLevel: 'none' })).toEqual(['p-3']);
    expect(ids({ result: 'met' })).toHaveLength(screening.total.numerator);
    expect(ids({ result: 'counted' })).toHaveLength(screening.total.denominator);
  });
});

describe('facts from stored records', () => {
  const facts = factsFromRecords({
    members: [{ patientId: 'p-1', enrollmentDate: '2028-01-15', riskLevel: 'Moderate', coordinatorId: 'c-ana' }],
    items: [
      { patientId: 'p-1', kind: 'referral', data: JSON.stringify({ specialty: 'Cardiology', step: 'closed', stepSince: '2028-03-20' }), createdAt: '2028-03-01T03:30:00.000Z' },
      { patientId: 'p-1', kind: 'transition', data: JSON.stringify({ dischargedOn: '2028-02-28', facility: 'St. Mary', followUpOn: '2028-03-01', reconciledOn: null }), createdAt: '2028-02-28T15:00:00.000Z' },
      { patientId: 'p-1', kind: 'plan_review', data: JSON.stringify({ reviewedOn: '2028-03-02' }), createdAt: '2028-03-02T15:00:00.000Z' },
      { patientId: 'p-1', kind: 'screening', data: JSON.stringify({ screenedOn: '2028-02-10', proposedRiskLevel: 'Moderate' }), createdAt: '2028-02-10T15:00:00.000Z' },
      { patientId: 'p-2', kind: 'screening', data: JSON.stringify({ screenedOn: '2028-02-10' }), createdAt: '2028-02-10T15:00:00.000Z' },
    ],
    reached: [{ patientId: 'p-1', days: ['2028-02-05', '2028-03-05'] }],
  }, 'America/New_York');
  it("dates a referral by the organization's calendar day: 03:30 UTC on March 1 is still Feb 29 in New York", () => {
    expect(facts.get('p-1')!.referrals).toEqual([{ referredOn: '2028-02-29', closedOn: '2028-03-20' }]);
  });
  it('reads dates only from the fields commands record, sorted; members outside the scope are dropped', () => {
    const p1 = facts.get('p-1')!;
    expect(p1.episodes).toEqual([{ startedOn: '2028-01-15' }]);
    expect([p1.screenedOn, p1.planReviewedOn, p1.reachedOn]).toEqual([['2028-02-10'], ['2028-03-02'], ['2028-02-05', '2028-03-05']]);
    expect(p1.discharges).toEqual([{ dischargedOn: '2028-02-28', followUpOn: '2028-03-01', reconciledOn: null }]);
    expect(facts.has('p-2')).toBe(false);
  });
  it('the same referral in UTC is a March referral', () => {
    const utc = factsFromRecords({
      members: [{ patientId: 'p-1', enrollmentDate: '2028-01-15', riskLevel: null, coordinatorId: null }],
      items: [{ patientId: 'p-1', kind: 'referral', data: JSON.stringify({ step: 'draft', stepSince: '2028-03-01' }), createdAt: '2028-03-01T03:30:00.000Z' }], reached: [],
    }, 'UTC');
    expect(utc.get('p-1')!.referrals).toEqual([{ referredOn: '2028-03-01', closedOn: null }]);
  });
});
