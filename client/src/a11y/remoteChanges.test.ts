import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalesce, describeChanges, type RemoteChange } from './remoteChanges';

describe('announcing other people\'s plan edits', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('names each person once with the sections they changed, in order', () => {
    expect(describeChanges([
      { name: 'Priya Natarajan', section: 'Medications' },
      { name: 'Grace Miller', section: 'Interventions and tasks' },
      { name: 'Priya Natarajan', section: 'Medications' },
      { name: 'Priya Natarajan', section: 'Referrals and test results' },
      { name: 'Priya Natarajan', section: 'Test results' },
    ])).toBe('Priya Natarajan changed Medications, Referrals and test results and Test results. Grace Miller changed Interventions and tasks.');
  });

  it('says a burst of keystrokes once, at the end of the interval, and starts a new interval after it', () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const changes = coalesce<RemoteChange>((batch) => said.push(describeChanges(batch)), 4_000);
    for (let key = 0; key < 30; key += 1) changes.add({ name: 'Maya Chen', section: 'the plan summary' });
    vi.advanceTimersByTime(3_999);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['Maya Chen changed the plan summary.']);
    changes.add({ name: 'Maya Chen', section: 'Medications' });
    vi.advanceTimersByTime(4_000);
    expect(said).toEqual(['Maya Chen changed the plan summary.', 'Maya Chen changed Medications.']);
  });

  it('says nothing once stopped (the plan was closed)', () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const changes = coalesce<RemoteChange>((batch) => said.push(describeChanges(batch)), 4_000);
    changes.add({ name: 'Maya Chen', section: 'Medications' });
    changes.stop();
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual([]);
  });
});
