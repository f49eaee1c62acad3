import { describe, expect, it } from 'vitest';
import { GroupCommit, type GroupOutcome } from './groupCommit';

/** A `write` whose groups finish only when the test says so, recording what each group held. */
function controlledWriter() {
  const groups: number[][] = [];
  const finish: Array<() => void> = [];
  const write = (group: number[]) => new Promise<Array<GroupOutcome<number>>>((resolve) => {
    groups.push(group);
    finish.push(() => resolve(group.map((value) => ({ ok: true, value }))));
  });
  return { groups, finish, write };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('with one group out at a time, gathers what arrives meanwhile into the next group', async () => {
    const w = controlledWriter();
    const commit = new GroupCommit(w.write);
    const first = commit.submit(1);
    await turn();
    const later = [commit.submit(2), commit.submit(3)];
    await turn();
    expect(w.groups).toEqual([[1]]);
    w.finish[0]!();
    await expect(first).resolves.toBe(1);
    await turn();
    expect(w.groups).toEqual([[1], [2, 3]]);
    w.finish[1]!();
    await expect(Promise.all(later)).resolves.toEqual([2, 3]);
  });

  it('with two groups out, hands the next window over while the first commits, and never more than two', async () => {
    const w = controlledWriter();
    const commit = new GroupCommit(w.write, Number.POSITIVE_INFINITY, 2);
    const all = [commit.submit(1)];
    await turn();
    all.push(commit.submit(2), commit.submit(3));
    await turn();
    // The second group went out without waiting for the first's answer.
    expect(w.groups).toEqual([[1], [2, 3]]);
    all.push(commit.submit(4));
    await turn();
    expect(w.groups).toHaveLength(2);
    w.finish[0]!();
    await turn();
    expect(w.groups).toEqual([[1], [2, 3], [4]]);
    w.finish[1]!();
    w.finish[2]!();
    await expect(Promise.all(all)).resolves.toEqual([1, 2, 3, 4]);
    expect(commit.groupsWritten).toBe(3);
  });

  it('drains everything submitted, across groups in flight', async () => {
    const commit = new GroupCommit(async (group: number[]) => group.map((value) => ({ ok: true as const, value })), 2, 2);
    const all = [1, 2, 3, 4, 5].map((n) => commit.submit(n));
    await commit.drain();
    await expect(Promise.all(all)).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(commit.groupsWritten).toBe(3);
  });
});
