import { planDocumentName } from '@carehuddle/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanSearchIndexer } from './planSearchIndexer';

const plan = planDocumentName('p1', 'shared');

describe('PlanSearchIndexer: a plan is indexed after typing pauses, and at least every so often while it goes on', () => {
  let indexed: string[];
  let staled: string[];
  let indexer: PlanSearchIndexer;
  beforeEach(() => {
    vi.useFakeTimers();
    indexed = [];
    staled = [];
    indexer = new PlanSearchIndexer(
      { index: async (name) => void indexed.push(name), markStale: async (name) => void staled.push(name) },
      { delayMs: 2_000, maxWaitMs: 30_000 }, (error) => { throw error; }, () => Date.now(),
    );
  });
  afterEach(() => vi.useRealTimers());

  it('marks the plan stale at its first commit and indexes it once, 2 s after the last commit', async () => {
    indexer.stored(plan);
    await vi.advanceTimersByTimeAsync(1_500);
    indexer.stored(plan);
    await vi.advanceTimersByTimeAsync(1_900);
    expect(indexed).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect({ staled, indexed }).toEqual({ staled: [plan], indexed: [plan] });
  });

  it('typing that never pauses is indexed every 30 s, not never and not at every burst', async () => {
    for (let t = 0; t < 61_000; t += 500) {
      indexer.stored(plan);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(indexed).toEqual([plan, plan]);
    // Each window marks the plan stale once, at its first commit.
    expect(staled).toEqual([plan, plan, plan]);
  });

  it('leaves other documents alone, and indexes what is still waiting when the server stops', async () => {
    indexer.stored('screening:p1:s1');
    indexer.stored(plan);
    await indexer.flush();
    expect({ staled, indexed }).toEqual({ staled: [plan], indexed: [plan] });
  });
});
