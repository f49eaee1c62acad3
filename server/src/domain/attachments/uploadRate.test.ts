import { describe, expect, it } from 'vitest';
import { UploadRate } from './uploadRate';

describe('uploads per person per hour', () => {
  it('allows the budget, refuses the next, and frees each upload an hour after it was made; people do not share a budget', () => {
    let now = Date.parse('2026-11-20T15:00:00.000Z');
    const rate = new UploadRate(3, { now: () => new Date(now) });
    expect([rate.take('maya'), rate.take('maya')]).toEqual([true, true]);
    now += 30 * 60_000;
    expect([rate.take('maya'), rate.take('maya')]).toEqual([true, false]);
    expect(rate.take('amy')).toBe(true);
    // The first two uploads leave the window an hour after they were made; the third is still in it.
    now += 30 * 60_000 + 1;
    expect([rate.take('maya'), rate.take('maya'), rate.take('maya')]).toEqual([true, true, false]);
  });
});
