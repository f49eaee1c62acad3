import { expect, it } from 'vitest';
import type { Store } from '../../server/src/storage/port';

const operator = { $ne: null } as unknown as string;

/** Keys of sent actions: part of the store contract, called inside its `describe`. */
export function sentActionStoreContract(store: () => Store): void {
  it('sent actions: a key is claimed once per person, settled with its answer, released only while unsettled, pruned by age; operators never match', async () => {
    const actions = () => store().sentActions;
    expect(await actions().claim({ userId: 'u-1', key: 'key-00001', fingerprint: 'f-1', createdAt: '2026-01-01T00:00:00.000Z' })).toBe(true);
    expect(await actions().claim({ userId: 'u-1', key: 'key-00001', fingerprint: 'f-2', createdAt: '2026-01-02T00:00:00.000Z' })).toBe(false);
    // Another person's same key is theirs alone.
    expect(await actions().claim({ userId: 'u-2', key: 'key-00001', fingerprint: 'f-3', createdAt: '2026-01-03T00:00:00.000Z' })).toBe(true);
    expect(await actions().find('u-1', 'key-00001')).toEqual({ userId: 'u-1', key: 'key-00001', fingerprint: 'f-1', answer: null, createdAt: '2026-01-01T00:00:00.000Z' });
    await actions().settle('u-1', 'key-00001', '{"status":"done"}');
    await actions().release('u-1', 'key-00001');
    expect((await actions().find('u-1', 'key-00001'))?.answer).toBe('{"status":"done"}');
    await actions().release('u-2', 'key-00001');
    expect(await actions().find('u-2', 'key-00001')).toBeNull();
    expect(await actions().find('u-1', operator)).toBeNull();
    expect(await actions().find(operator, 'key-00001')).toBeNull();
    expect(await actions().deleteOlderThan('2026-01-02T00:00:00.000Z')).toBe(1);
    expect(await actions().find('u-1', 'key-00001')).toBeNull();
  });
}
