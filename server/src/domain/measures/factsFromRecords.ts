import type { MeasureItemRecord, MeasureMemberRecord, ReachedDaysRecord } from '../../storage/port';
import type { DischargeFact, Episode, MemberFacts, ReferralFact } from './memberFacts';

/** The tracked item kinds the measures read. */
export const MEASURED_KINDS = ['screening', 'plan_review', 'transition', 'referral'] as const;

type Data = Record<string, unknown>;
const dateIn = (data: Data, field: string): string | null => {
  const value = data[field];
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
};

/** A formatter per time zone: the calendar day of an instant there (creating one per call would dominate the run). */
function calendarDayIn(timeZone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant) => format.format(new Date(instant));
}

interface Building extends MemberFacts {
  screenedOn: string[]; planReviewedOn: string[]; discharges: DischargeFact[]; referrals: ReferralFact[]; reachedOn: readonly string[];
}

/**
 * The members' facts from the store's records. `episodesOf` gives each member's
 * enrollment episodes (by default one, from the enrollment date, still running).
 * A referral's day is the calendar day it was recorded, in the organization's
 * time zone; its loop closed on the day it moved to `closed`.
 */
export function factsFromRecords(
  input: { members: readonly MeasureMemberRecord[]; items: readonly MeasureItemRecord[]; reached: readonly ReachedDaysRecord[] },
  timeZone: string,
  episodesOf: (member: MeasureMemberRecord) => Episode[] = (member) => [{ startedOn: member.enrollmentDate }],
): Map<string, MemberFacts> {
  const byId = new Map<string, Building>();
  for (const m of input.members) {
    byId.set(m.patientId, {
      patientId: m.patientId, coordinatorId: m.coordinatorId, riskLevel: m.riskLevel, episodes: episodesOf(m),
      screenedOn: [], planReviewedOn: [], discharges: [], referrals: [], reachedOn: [],
    });
  }
  const dayOf = calendarDayIn(timeZone);
  for (const item of input.items) {
    const member = byId.get(item.patientId);
    if (!member) continue;
    const data = JSON.parse(item.data) as Data;
    switch (item.kind) {
      case 'screening': pushDate(member.screenedOn, dateIn(data, 'screenedOn')); break;
      case 'plan_review': pushDate(member.planReviewedOn, dateIn(data, 'reviewedOn')); break;
      case 'transition': {
        const dischargedOn = dateIn(data, 'dischargedOn');
        if (dischargedOn) member.discharges.push({ dischargedOn, followUpOn: dateIn(data, 'followUpOn'), reconciledOn: dateIn(data, 'reconciledOn') });
        break;
      }
      case 'referral':
        member.referrals.push({ referredOn: dayOf(item.createdAt), closedOn: data.step === 'closed' ? dateIn(data, 'stepSince') : null });
        break;
      default: break;
    }
  }
  // The store sends each member's reached days once, ascending.
  for (const r of input.reached) {
    const member = byId.get(r.patientId);
    if (member) member.reachedOn = r.days;
  }
  for (const member of byId.values()) {
    member.screenedOn.sort();
    member.planReviewedOn.sort();
  }
  return byId;
}

function pushDate(list: string[], date: string | null): void {
  if (date !== null) list.push(date);
}
