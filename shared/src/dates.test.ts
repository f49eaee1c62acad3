import { describe, expect, it } from 'vitest';
import { addYears } from './dates';

describe('addYears', () => {
  it('moves a calendar day by whole years, across leap years', () => {
    expect(addYears('2026-11-27', 10)).toBe('2036-11-27');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('puts 29 February of a leap year on 1 March of a common year: a retention period never ends early', () => {
    expect(addYears('2028-02-29', 10)).toBe('2038-03-01');
  });
});
