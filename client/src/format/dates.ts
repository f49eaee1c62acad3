import { calendarDateIn, daysBetween } from '@carehuddle/shared';

/** The organization's time zone when the server does not say (ORG_TIME_ZONE's default). */
export const DEFAULT_TIME_ZONE = 'America/New_York';

/** How one person reads dates: their own locale, the organization's time zone. */
export interface DateSettings {
  /** A BCP 47 locale, e.g. the browser's `navigator.language`. */
  locale: string;
  /** An IANA time zone: the organization's, so that a team across zones sees one calendar. */
  timeZone: string;
  /** How a due date is put in words, in the reader's language (English when absent). */
  dueWords?: DueWords;
}

/** A due date's wording: the catalog supplies it, so the formatter itself holds no language. */
export interface DueWords {
  /** "3 days overdue". */
  overdue(days: number): string;
  /** "due tomorrow", given Intl's relative day ("tomorrow"). */
  dueOn(relativeDay: string): string;
}

const ENGLISH_DUE_WORDS: DueWords = {
  overdue: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  dueOn: (relativeDay) => `due ${relativeDay}`,
};

/** An instant as the API sends it (ISO 8601) or a Date. */
type InstantLike = string | Date;
const asDate = (instant: InstantLike): Date => (typeof instant === 'string' ? new Date(instant) : instant);

/** Every way the client shows a date or time: one place, so they read the same everywhere. */
export interface DateFormat {
  /** A calendar day (`YYYY-MM-DD`, no time zone) as "Nov 20, 2026". */
  day(day: string): string;
  /** The organization's calendar day of an instant: "Nov 20, 2026". */
  date(instant: InstantLike): string;
  /** An instant as date and time in the organization's zone: "Nov 20, 2026, 10:00 AM". */
  dateTime(instant: InstantLike): string;
  /** An instant's time of day in the organization's zone: "10:00 AM". */
  time(instant: InstantLike): string;
  /** An instant with the weekday spelled out, for what people plan around: "Friday, November 20, 2026 at 10:00 AM". */
  longDateTime(instant: InstantLike): string;
  /** The organization's calendar day an instant falls on. */
  dayOf(instant: InstantLike): string;
  /** The organization's calendar day now. */
  today(now?: Date): string;
  /** A day relative to today: "today", "tomorrow", "in 2 days", "yesterday", "3 days ago". */
  relativeDay(day: string, today: string): string;
  /** A due date in words: "due today", "due tomorrow", "due in 2 days", "1 day overdue", "3 days overdue". */
  due(day: string, today: string): string;
}

/** Builds the formatter for one person's locale and the organization's time zone. */
export function createDateFormat({ locale, timeZone, dueWords = ENGLISH_DUE_WORDS }: DateSettings): DateFormat {
  // A calendar day is not an instant: format it at UTC midnight in UTC so no zone moves it to the day before.
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const longFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const relativeDay = (day: string, today: string) => relative.format(daysBetween(today, day), 'day');
  return {
    day: (day) => dayFormat.format(new Date(`${day}T00:00:00Z`)),
    date: (instant) => dayFormat.format(new Date(`${calendarDateIn(asDate(instant), timeZone)}T00:00:00Z`)),
    dateTime: (instant) => dateTimeFormat.format(asDate(instant)),
    time: (instant) => timeFormat.format(asDate(instant)),
    longDateTime: (instant) => longFormat.format(asDate(instant)),
    dayOf: (instant) => calendarDateIn(asDate(instant), timeZone),
    today: (now = new Date()) => calendarDateIn(now, timeZone),
    relativeDay,
    due(day, today) {
      const late = daysBetween(day, today);
      if (late > 0) return dueWords.overdue(late);
      return dueWords.dueOn(relativeDay(day, today));
    },
  };
}
