import { expect, it } from 'vitest';
import { DuplicateKeyError, type AttachmentRecord, type Store } from '../../server/src/storage/port';

const operator = { $ne: null } as unknown as string;

const attachment = (id: string, patientId: string, targetKey: string, at: string): AttachmentRecord => ({
  id, patientId, target: JSON.stringify({ kind: 'patient' }), targetKey, fileName: `${id}.png`, contentType: 'image/png', size: 3,
  sha256: 'abc', uploadedBy: 'u-1', uploadedAt: at,
});

/** Attached files: part of the store contract, called inside its `describe`. */
export function attachmentStoreContract(store: () => Store): void {
  it('attachments: bytes and row round-trip; per patient oldest first; counted per target; a repeated id changes nothing; operators never match', async () => {
    const repo = store().attachments;
    await repo.insert(attachment('f-2', 'p-1', 'patient', '2026-01-02T00:00:00.000Z'), Buffer.from([1, 2, 3]));
    await repo.insert(attachment('f-1', 'p-1', 'thread:t-1', '2026-01-01T00:00:00.000Z'), Buffer.from([4, 5, 6]));
    await repo.insert(attachment('f-3', 'p-2', 'patient', '2026-01-03T00:00:00.000Z'), Buffer.from([7, 8, 9]));
    expect((await repo.listForPatient('p-1')).map((a) => a.id)).toEqual(['f-1', 'f-2']);
    expect(await repo.find('p-1', 'f-2')).toEqual(attachment('f-2', 'p-1', 'patient', '2026-01-02T00:00:00.000Z'));
    expect(await repo.find('p-2', 'f-2')).toBeNull();
    expect(await repo.content('f-2')).toEqual(Buffer.from([1, 2, 3]));
    expect(await repo.content('ghost')).toBeNull();
    expect([await repo.countForTarget('p-1', 'patient'), await repo.countForTarget('p-1', 'thread:t-1'), await repo.countForTarget('p-1', 'thread:t-2')]).toEqual([1, 1, 0]);

    await expect(repo.insert(attachment('f-2', 'p-1', 'patient', '2026-01-04T00:00:00.000Z'), Buffer.from([0]))).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await repo.content('f-2')).toEqual(Buffer.from([1, 2, 3]));

    expect(await repo.find('p-1', operator)).toBeNull();
    expect(await repo.listForPatient(operator)).toEqual([]);
    expect(await repo.countForTarget(operator, 'patient')).toBe(0);
    expect(await repo.content(operator)).toBeNull();
  });
}
