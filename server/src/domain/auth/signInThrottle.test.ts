import { describe, expect, it } from 'vitest';
import type { Clock } from '../clock';
import { SignInThrottle } from './signInThrottle';

const clockAt = (start: number) => {
  let now = start;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, advance: (ms: number) => { now += ms; } };
};

describe('SignInThrottle', () => {
  it('backs off 1, 2, 4 … minutes up to the cap, and forgets an address after a quiet while', () => {
    const { clock, advance } = clockAt(Date.parse('2026-11-20T15:00:00Z'));
    const throttle = new SignInThrottle(clock, { freeFailures: 2, firstLockMs: 60_000, maxLockMs: 240_000, forgetAfterMs: 3_600_000, maxTracked: 100 });
    throttle.recordFailure('a@example.org');
    expect(throttle.lockedForMs('a@example.org')).toBe(0);
    const locks: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      throttle.recordFailure('A@Example.org');
      locks.push(throttle.lockedForMs('a@example.org'));
    }
    expect(locks).toEqual([60_000, 120_000, 240_000, 240_000]);
    expect(() => throttle.assertOpen('a@example.org')).toThrow('try again in 4 minutes');
    advance(3_600_000);
    expect(throttle.lockedForMs('a@example.org')).toBe(0);
  });

  it('tracks a bounded number of addresses, dropping the one that failed longest ago', () => {
    const { clock } = clockAt(0);
    const throttle = new SignInThrottle(clock, { freeFailures: 1, firstLockMs: 60_000, maxLockMs: 60_000, forgetAfterMs: 3_600_000, maxTracked: 2 });
    for (const email of ['one@x.org', 'two@x.org', 'three@x.org']) throttle.recordFailure(email);
    expect(throttle.lockedForMs('one@x.org')).toBe(0);
    expect(throttle.lockedForMs('two@x.org')).toBe(60_000);
    expect(throttle.lockedForMs('three@x.org')).toBe(60_000);
  });
});
