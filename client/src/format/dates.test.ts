import { describe, expect, it } from 'vitest';
import { createDateFormat } from './dates';

const newYork = createDateFormat({ locale: 'en-US', timeZone: 'America/New_York' });
/** ICU versions differ on the space before AM/PM (narrow no-break or plain): compare the words. */
const plain = (s: string) => s.replace(/\s/gu, ' ');

describe('one date format: the person\'s locale, the organization\'s time zone', () => {
  it('shows a calendar day as that day in every time zone (no shift to the day before)', () => {
    expect(newYork.day('2026-11-20')).toBe('Nov 20, 2026');
    expect(createDateFormat({ locale: 'en-US', timeZone: 'Pacific/Honolulu' }).day('2026-01-01')).toBe('Jan 1, 2026');
    expect(createDateFormat({ locale: 'en-US', timeZone: 'Asia/Tokyo' }).day('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('shows instants in the organization\'s zone, across both daylight-saving changes', () => {
    // 2026-03-08: New York springs forward at 2:00 (07:00 UTC).
    expect(plain(newYork.time('2026-03-08T06:30:00.000Z'))).toBe('1:30 AM');
    expect(plain(newYork.time('2026-03-08T07:30:00.000Z'))).toBe('3:30 AM');
    // 2026-11-01: it falls back at 2:00 EDT (06:00 UTC); 1:30 happens twice.
    expect(plain(newYork.time('2026-11-01T05:30:00.000Z'))).toBe('1:30 AM');
    expect(plain(newYork.time('2026-11-01T06:30:00.000Z'))).toBe('1:30 AM');
    expect(plain(newYork.dateTime('2026-11-01T07:30:00.000Z'))).toBe('Nov 1, 2026, 2:30 AM');
  });

  it('puts an instant on the organization\'s calendar day, which differs by zone', () => {
    const lateEvening = '2026-11-21T03:00:00.000Z';
    expect(newYork.dayOf(lateEvening)).toBe('2026-11-20');
    expect(createDateFormat({ locale: 'en-US', timeZone: 'Asia/Tokyo' }).dayOf(lateEvening)).toBe('2026-11-21');
    expect(newYork.today(new Date(lateEvening))).toBe('2026-11-20');
    expect(newYork.date(lateEvening)).toBe('Nov 20, 2026');
    // The day the clocks fall back has 25 hours: its last hour is still that day.
    expect(newYork.dayOf('2026-11-02T04:30:00.000Z')).toBe('2026-11-01');
  });

  it('follows the person\'s locale', () => {
    const spanish = createDateFormat({ locale: 'es', timeZone: 'America/New_York' });
    expect(spanish.day('2026-11-20')).toBe('20 nov 2026');
    expect(spanish.relativeDay('2026-11-21', '2026-11-20')).toBe('mañana');
    const british = createDateFormat({ locale: 'en-GB', timeZone: 'America/New_York' });
    expect(british.day('2026-11-20')).toBe('20 Nov 2026');
  });

  it('words days relative to today at the edges: today, tomorrow, yesterday, across month and year ends', () => {
    expect(newYork.relativeDay('2026-11-20', '2026-11-20')).toBe('today');
    expect(newYork.relativeDay('2026-11-21', '2026-11-20')).toBe('tomorrow');
    expect(newYork.relativeDay('2026-11-19', '2026-11-20')).toBe('yesterday');
    expect(newYork.relativeDay('2026-11-22', '2026-11-20')).toBe('in 2 days');
    expect(newYork.relativeDay('2026-03-01', '2026-02-28')).toBe('tomorrow');
    expect(newYork.relativeDay('2028-03-01', '2028-02-28')).toBe('in 2 days');
    expect(newYork.relativeDay('2026-12-29', '2027-01-01')).toBe('3 days ago');
  });

  it('words due dates: due today, due in 2 days, 1 day overdue, 3 days overdue', () => {
    expect(newYork.due('2026-11-20', '2026-11-20')).toBe('due today');
    expect(newYork.due('2026-11-21', '2026-11-20')).toBe('due tomorrow');
    expect(newYork.due('2026-11-22', '2026-11-20')).toBe('due in 2 days');
    expect(newYork.due('2026-11-19', '2026-11-20')).toBe('1 day overdue');
    expect(newYork.due('2026-11-17', '2026-11-20')).toBe('3 days overdue');
    // Across the spring-forward night a day is still one day.
    expect(newYork.due('2026-03-07', '2026-03-09')).toBe('2 days overdue');
  });
});
