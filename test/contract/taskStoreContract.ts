import { expect, it } from 'vitest';
import type { OutreachRecord, Store, TaskRecord } from '../../server/src/storage/port';

const operator = { $ne: null } as unknown as string;

const task = (id: string, patientId: string, at: string, over: Partial<TaskRecord> = {}): TaskRecord => ({
  id, patientId, title: 'Call the pharmacy', ownerId: 'u-2', dueDate: '2026-12-03', status: 'open', priority: 'normal', source: 'conference_action',
  sourceLabel: 'Conference: Tuesday huddle', link: '/conferences/c-1/summary', category: 'clinical', handoffNote: '', goalId: null, createdBy: 'u-1',
  createdAt: at, updatedAt: at, ...over,
});

const attempt = (id: string, patientId: string, attemptedOn: string, recordedAt: string): OutreachRecord => ({
  id, patientId, channel: 'phone', direction: 'outbound', reached: 'nobody', outcome: 'left_message', attemptedOn, note: '', nextAttemptOn: null,
  purpose: 'screening', targetId: null, by: 'u-1', recordedAt,
});

/** Tasks and contact attempts: part of the store contract, called inside its `describe`. */
export function taskStoreContract(store: () => Store): void {
  it('tasks: per patient, oldest first, updates change only the named fields, operators never match', async () => {
    await store().tasks.insert(task('k-2', 'p-1', '2026-01-02T00:00:00.000Z', { category: 'substanceUse', goalId: 'g-1' }));
    await store().tasks.insert(task('k-1', 'p-1', '2026-01-01T00:00:00.000Z'));
    await store().tasks.insert(task('k-3', 'p-2', '2026-01-03T00:00:00.000Z'));
    expect((await store().tasks.listForPatients(['p-1'])).map((t) => [t.id, t.category, t.goalId])).toEqual([['k-1', 'clinical', null], ['k-2', 'substanceUse', 'g-1']]);
    expect(await store().tasks.listForPatients([])).toEqual([]);
    await store().tasks.update('k-1', { ownerId: 'u-3', handoffNote: 'Back from leave Monday', status: 'in_progress', updatedAt: '2026-01-04T00:00:00.000Z' });
    expect(await store().tasks.find('p-1', 'k-1')).toEqual(task('k-1', 'p-1', '2026-01-01T00:00:00.000Z', {
      ownerId: 'u-3', handoffNote: 'Back from leave Monday', status: 'in_progress', updatedAt: '2026-01-04T00:00:00.000Z',
    }));
    expect(await store().tasks.find('p-2', 'k-1')).toBeNull();
    expect(await store().tasks.find('p-1', operator)).toBeNull();
  });

  it('outreach: attempts per patient, newest day first, then newest recorded', async () => {
    await store().outreach.insert(attempt('a-1', 'p-1', '2026-01-01', '2026-01-01T10:00:00.000Z'));
    await store().outreach.insert(attempt('a-3', 'p-1', '2026-01-03', '2026-01-03T10:00:00.000Z'));
    await store().outreach.insert(attempt('a-2', 'p-1', '2026-01-03', '2026-01-03T09:00:00.000Z'));
    await store().outreach.insert(attempt('a-4', 'p-2', '2026-01-05', '2026-01-05T09:00:00.000Z'));
    expect((await store().outreach.listForPatients(['p-1'])).map((a) => a.id)).toEqual(['a-3', 'a-2', 'a-1']);
    expect(await store().outreach.listForPatients(['p-2'])).toEqual([attempt('a-4', 'p-2', '2026-01-05', '2026-01-05T09:00:00.000Z')]);
    expect(await store().outreach.listForPatients([])).toEqual([]);
  });
}
