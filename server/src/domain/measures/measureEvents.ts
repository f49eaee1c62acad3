import { addDays, screeningDueDate, type MeasureId, type MeasureResult } from '@carehuddle/shared';
import { REFERRAL_STEP_DAYS } from '../worklist/trackingRules';
import { lastDayOf, monthOf, monthsFrom } from './calendarMonths';
import type { Episode, MeasureWindow, MemberFacts } from './memberFacts';

/** One thing a measure counts for one member: which month it belongs to, its window and how it stands. */
export interface MeasureEvent {
  measure: MeasureId;
  month: string;
  /** The fact that opens the window (enrollment, screening, discharge, referral, last review, start of the 30 days). */
  anchorDate: string;
  /** The window's last day. */
  dueDate: string;
  result: MeasureResult;
}

/** Days after a discharge within which the follow-up counts. */
export const FOLLOW_UP_DAYS = 7;
/** Days after a discharge within which the medication reconciliation counts. */
export const RECONCILIATION_DAYS = 30;
/** The longest a plan may go without a review. */
export const ANNUAL_REVIEW_DAYS = 365;
/** "Reached in the last 30 days": the day itself and the 29 before it. */
export const REACHED_DAYS = 30;
/** A referral's loop is due closed when every step has taken its expected time (docs/worklist.md). */
export const REFERRAL_LOOP_DAYS = Object.values(REFERRAL_STEP_DAYS).reduce((sum, days) => sum + days, 0);

type Emit = (event: MeasureEvent) => void;

/** The episode a day falls in, if any. */
function episodeOn(episodes: readonly Episode[], day: string): Episode | null {
  return episodes.find((e) => e.startedOn <= day && (e.endedOn == null || day <= e.endedOn)) ?? null;
}

/** Whether the member stays enrolled through a window's last day (a disenrolled member leaves the denominators). */
const enrolledThrough = (episode: Episode, dueDate: string) => episode.endedOn == null || dueDate <= episode.endedOn;

/** Index of the first date on or after `day` in an ascending list. */
function firstIndexFrom(dates: readonly string[], day: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first date on or after `day` that is not after `asOf` (later facts do not exist yet). */
function firstFrom(dates: readonly string[], day: string, asOf: string): string | null {
  const found = dates[firstIndexFrom(dates, day)];
  return found !== undefined && found <= asOf ? found : null;
}

/** Met when done within the window; pending while the window is open (its last day not yet past); not met after. */
function judge(doneOn: string | null, from: string, dueDate: string, asOf: string): MeasureResult {
  if (doneOn !== null && doneOn >= from && doneOn <= dueDate && doneOn <= asOf) return 'met';
  return dueDate >= asOf ? 'pending' : 'not_met';
}

/**
 * Emits one event per window that opened within the report's months (by the
 * month of its anchor, or of its due date for the annual review), for a
 * member enrolled through it. Facts after `asOf` are ignored.
 */
export function forEachMeasureEvent(member: MemberFacts, window: MeasureWindow, emit: Emit): void {
  const { asOf } = window;
  const inRange = (day: string) => day <= asOf && monthOf(day) >= window.from && monthOf(day) <= window.to;
  const windowed = (measure: MeasureId, episode: Episode | null, anchorDate: string, dueDate: string, doneOn: string | null, from = anchorDate) => {
    if (episode && inRange(anchorDate) && enrolledThrough(episode, dueDate)) {
      emit({ measure, month: monthOf(anchorDate), anchorDate, dueDate, result: judge(doneOn, from, dueDate, asOf) });
    }
  };
  for (const episode of member.episodes) {
    const screenedOn = firstFrom(member.screenedOn, episode.startedOn, asOf);
    windowed('screening_within_30_days', episode, episode.startedOn, screeningDueDate(episode.startedOn), screenedOn);
    if (screenedOn !== null && (episode.endedOn == null || screenedOn <= episode.endedOn)) {
      // A plan signed earlier in the same episode (before a re-screening) already is the member's plan.
      windowed('care_plan_after_screening', episode, screenedOn, addDays(screenedOn, window.planDaysAfterScreening),
        firstFrom(member.planReviewedOn, episode.startedOn, asOf), episode.startedOn);
    }
    annualReviews(member, episode, window, emit);
  }
  for (const d of member.discharges) {
    const episode = episodeOn(member.episodes, d.dischargedOn);
    windowed('follow_up_7_days', episode, d.dischargedOn, addDays(d.dischargedOn, FOLLOW_UP_DAYS), d.followUpOn);
    windowed('reconciliation_30_days', episode, d.dischargedOn, addDays(d.dischargedOn, RECONCILIATION_DAYS), d.reconciledOn);
  }
  for (const r of member.referrals) {
    windowed('referral_loop_closed', episodeOn(member.episodes, r.referredOn), r.referredOn, addDays(r.referredOn, REFERRAL_LOOP_DAYS), r.closedOn);
  }
  reachedByMonth(member, window, emit);
}

/**
 * The annual review: from the first plan of an episode, each review is due
 * within a year of the last one. Reviewed in time, the next year runs from the
 * latest review of the window; late, from the late review. Counted in the
 * month the review fell due.
 */
function annualReviews(member: MemberFacts, episode: Episode, window: MeasureWindow, emit: Emit): void {
  const { asOf } = window;
  const end = episode.endedOn ?? asOf;
  const reviews = member.planReviewedOn.filter((d) => d >= episode.startedOn && d <= end && d <= asOf);
  let anchor = reviews[0];
  while (anchor !== undefined) {
    const dueDate = addDays(anchor, ANNUAL_REVIEW_DAYS);
    if (monthOf(dueDate) > window.to || !enrolledThrough(episode, dueDate)) return;
    const inTime = reviews.filter((d) => d > anchor! && d <= dueDate);
    const result: MeasureResult = inTime.length > 0 ? 'met' : dueDate >= asOf ? 'pending' : 'not_met';
    if (monthOf(dueDate) >= window.from) emit({ measure: 'annual_review_on_time', month: monthOf(dueDate), anchorDate: anchor, dueDate, result });
    if (result === 'pending') return;
    anchor = result === 'met' ? inTime.at(-1) : reviews.find((d) => d > dueDate);
  }
}

const judged = new WeakMap<MeasureWindow, Array<{ month: string; judgedOn: string; since: string }>>();

/** The day each month of the window is judged on (its last day, or today) and the first of its 30 days; computed once per window. */
function judgedMonths(window: MeasureWindow): Array<{ month: string; judgedOn: string; since: string }> {
  let days = judged.get(window);
  if (!days) {
    days = [];
    for (const month of monthsFrom(window.from, window.to)) {
      const lastDay = lastDayOf(month);
      const judgedOn = lastDay < window.asOf ? lastDay : window.asOf;
      if (monthOf(judgedOn) !== month) break;
      days.push({ month, judgedOn, since: addDays(judgedOn, 1 - REACHED_DAYS) });
    }
    judged.set(window, days);
  }
  return days;
}

/**
 * Members reached in the last 30 days, once a month: judged on the month's
 * last day (today for the current month) among members enrolled for the whole
 * 30 days before it — someone enrolled last week is not yet due a contact.
 */
function reachedByMonth(member: MemberFacts, window: MeasureWindow, emit: Emit): void {
  for (const { month, judgedOn, since } of judgedMonths(window)) {
    const episode = episodeOn(member.episodes, judgedOn);
    if (!episode || episode.startedOn > since) continue;
    const reached = firstFrom(member.reachedOn, since, judgedOn) !== null;
    emit({ measure: 'reached_last_30_days', month, anchorDate: since, dueDate: judgedOn, result: reached ? 'met' : 'not_met' });
  }
}
