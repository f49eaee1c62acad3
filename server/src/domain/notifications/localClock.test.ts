import { describe, expect, it } from 'vitest';
import { localClock, minutesOf } from './localClock';

describe('local clock for digest times', () => {
  it('reads the date and minute where the person is, across midnight and daylight saving', () => {
    // 03:30 UTC is still the evening before in New York.
    expect(localClock(new Date('2026-11-20T03:30:00Z'), 'America/New_York')).toEqual({ date: '2026-11-19', minutes: 22 * 60 + 30 });
    // The same wall-clock 07:00 is 12:00 UTC in winter and 11:00 UTC in summer.
    expect(localClock(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toEqual({ date: '2026-01-15', minutes: 7 * 60 });
    expect(localClock(new Date('2026-07-15T11:00:00Z'), 'America/New_York')).toEqual({ date: '2026-07-15', minutes: 7 * 60 });
    expect(localClock(new Date('2026-07-15T00:05:00Z'), 'UTC')).toEqual({ date: '2026-07-15', minutes: 5 });
  });

  it('turns HH:MM into minutes', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('07:30')).toBe(450);
    expect(minutesOf('23:59')).toBe(1439);
  });
});
