import { expect, it } from 'vitest';
import type { MailJobRecord, NotificationRecord, Store } from '../../server/src/storage/port';

const notification = (over: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id: 'n-1', userId: 'u-1', kind: 'mention', patientId: 'p-1', actorId: 'u-2', subjectId: 't-1', dedupeKey: 'mention:n-1',
  createdAt: '2026-03-01T10:00:00.000Z', expiresAt: '2026-04-01T10:00:00.000Z', readAt: null, ...over,
});

const job = (over: Partial<MailJobRecord> = {}): MailJobRecord => ({
  id: 'j-1', userId: 'u-1', dedupeKey: 'mail:n-1', messageId: '<j-1@carehuddle.test>', subject: 'You were mentioned', body: 'A sentence and a link.',
  status: 'pending', attempts: 0, nextAttemptAt: '2026-03-01T10:00:00.000Z', leaseOwner: null, leaseUntil: null, lastError: null,
  createdAt: '2026-03-01T10:00:00.000Z', sentAt: null, ...over,
});

const operator = { $ne: null } as unknown as string;

/** Notification centers, preferences and the e-mail queue: the same behaviour on every adapter. */
export function notificationStoreContract(store: () => Store): void {
  it('notifications: once per dedupe key, newest first, capped per person, expired ones neither listed nor kept', async () => {
    const s = store();
    expect(await s.notifications.insert(notification(), 3)).toBe(true);
    expect(await s.notifications.insert(notification({ id: 'n-again' }), 3)).toBe(false);
    for (const i of [2, 3, 4]) {
      await s.notifications.insert(notification({ id: `n-${i}`, dedupeKey: `k-${i}`, createdAt: `2026-03-0${i}T10:00:00.000Z` }), 3);
    }
    await s.notifications.insert(notification({ id: 'other', userId: 'u-9', dedupeKey: 'k-other' }), 3);
    // The cap dropped the oldest of u-1's four; u-9's center is their own.
    expect((await s.notifications.listForUser('u-1', '2026-03-10T00:00:00.000Z', 10)).map((n) => n.id)).toEqual(['n-4', 'n-3', 'n-2']);
    expect(await s.notifications.listForUser('u-9', '2026-03-10T00:00:00.000Z', 10)).toEqual([notification({ id: 'other', userId: 'u-9', dedupeKey: 'k-other' })]);
    expect((await s.notifications.listForUser('u-1', '2026-03-10T00:00:00.000Z', 2)).map((n) => n.id)).toEqual(['n-4', 'n-3']);
    expect(await s.notifications.listForUser(operator, '2026-03-10T00:00:00.000Z', 10)).toEqual([]);
    await s.notifications.insert(notification({ id: 'n-5', dedupeKey: 'k-5', createdAt: '2026-03-05T10:00:00.000Z', expiresAt: '2026-03-06T00:00:00.000Z' }), 10);
    expect((await s.notifications.listForUser('u-1', '2026-03-07T00:00:00.000Z', 10)).map((n) => n.id)).not.toContain('n-5');
    expect(await s.notifications.deleteExpired('2026-03-07T00:00:00.000Z')).toBe(1);
    expect((await s.notifications.listForUser('u-1', '2026-03-05T12:00:00.000Z', 10)).map((n) => n.id)).toEqual(['n-4', 'n-3', 'n-2']);
  });

  it('notifications: read one (only one\'s own) or all', async () => {
    const s = store();
    await s.notifications.insert(notification(), 10);
    await s.notifications.insert(notification({ id: 'n-2', dedupeKey: 'k-2' }), 10);
    await s.notifications.insert(notification({ id: 'n-3', userId: 'u-9', dedupeKey: 'k-3' }), 10);
    expect(await s.notifications.markRead('u-9', 'n-1', '2026-03-02T00:00:00.000Z')).toBe(false);
    expect(await s.notifications.markRead('u-1', 'n-1', '2026-03-02T00:00:00.000Z')).toBe(true);
    expect(await s.notifications.markRead('u-1', 'n-1', '2026-03-03T00:00:00.000Z')).toBe(false);
    expect(await s.notifications.markRead(operator, operator, '2026-03-03T00:00:00.000Z')).toBe(false);
    expect(await s.notifications.markAllRead('u-1', '2026-03-04T00:00:00.000Z')).toBe(1);
    const list = await s.notifications.listForUser('u-1', '2026-03-05T00:00:00.000Z', 10);
    expect(Object.fromEntries(list.map((n) => [n.id, n.readAt]))).toEqual({ 'n-1': '2026-03-02T00:00:00.000Z', 'n-2': '2026-03-04T00:00:00.000Z' });
    expect((await s.notifications.listForUser('u-9', '2026-03-05T00:00:00.000Z', 10))[0]!.readAt).toBeNull();
  });

  it('notification preferences: none until saved, then replaced', async () => {
    const s = store();
    expect(await s.notifications.preferences('u-1')).toBeNull();
    const saved = { userId: 'u-1', emailMentions: true, emailFamilyMessages: false, emailDigest: true, digestTime: '07:30', timeZone: 'America/Chicago', updatedAt: '2026-03-01T00:00:00.000Z' };
    await s.notifications.setPreferences(saved);
    await s.notifications.setPreferences({ ...saved, digestTime: '18:00', updatedAt: '2026-03-02T00:00:00.000Z' });
    expect(await s.notifications.preferences('u-1')).toEqual({ ...saved, digestTime: '18:00', updatedAt: '2026-03-02T00:00:00.000Z' });
    expect(await s.notifications.listPreferences()).toEqual([{ ...saved, digestTime: '18:00', updatedAt: '2026-03-02T00:00:00.000Z' }]);
    expect(await s.notifications.preferences(operator)).toBeNull();
  });

  it('mail jobs: queued once per key; a claim leases due jobs to one worker; sent or retried only by the holder', async () => {
    const s = store();
    expect(await s.mailJobs.enqueue(job())).toBe(true);
    expect(await s.mailJobs.enqueue(job({ id: 'j-again' }))).toBe(false);
    await s.mailJobs.enqueue(job({ id: 'j-later', dedupeKey: 'k-later', nextAttemptAt: '2026-03-01T11:00:00.000Z' }));
    expect(await s.mailJobs.countPending('u-1')).toBe(2);
    const now = '2026-03-01T10:00:00.000Z';
    const claimed = await s.mailJobs.claimDue(now, 'worker-a', '2026-03-01T10:05:00.000Z', 10);
    expect(claimed.map((j) => [j.id, j.leaseOwner, j.leaseUntil])).toEqual([['j-1', 'worker-a', '2026-03-01T10:05:00.000Z']]);
    // Held: another worker gets nothing until the lease ends, then may take it over.
    expect(await s.mailJobs.claimDue('2026-03-01T10:04:00.000Z', 'worker-b', '2026-03-01T10:09:00.000Z', 10)).toEqual([]);
    expect((await s.mailJobs.claimDue('2026-03-01T10:05:00.000Z', 'worker-b', '2026-03-01T10:10:00.000Z', 10)).map((j) => j.id)).toEqual(['j-1']);
    expect(await s.mailJobs.markSent('j-1', 'worker-a', '2026-03-01T10:06:00.000Z')).toBe(false);
    expect(await s.mailJobs.retryLater('j-1', 'worker-a', { status: 'pending', attempts: 1, nextAttemptAt: now, lastError: '421' })).toBe(false);
    expect(await s.mailJobs.markSent('j-1', 'worker-b', '2026-03-01T10:06:00.000Z')).toBe(true);
    expect(await s.mailJobs.markSent('j-1', 'worker-b', '2026-03-01T10:07:00.000Z')).toBe(false);
    expect(await s.mailJobs.find('j-1')).toMatchObject({ status: 'sent', sentAt: '2026-03-01T10:06:00.000Z', attempts: 1, leaseOwner: null });
    expect(await s.mailJobs.claimDue('2026-03-02T00:00:00.000Z', 'worker-c', '2026-03-02T00:05:00.000Z', 10)).toEqual([expect.objectContaining({ id: 'j-later' })]);
    expect(await s.mailJobs.find(operator)).toBeNull();
  });

  it('mail jobs: a failed attempt waits for its next time; a job given up is never claimed; finished jobs are pruned', async () => {
    const s = store();
    await s.mailJobs.enqueue(job());
    await s.mailJobs.enqueue(job({ id: 'j-2', dedupeKey: 'k-2' }));
    const now = '2026-03-01T10:00:00.000Z';
    await s.mailJobs.claimDue(now, 'w', '2026-03-01T10:05:00.000Z', 1);
    expect(await s.mailJobs.retryLater('j-1', 'w', { status: 'pending', attempts: 1, nextAttemptAt: '2026-03-01T10:01:00.000Z', lastError: '451' })).toBe(true);
    expect((await s.mailJobs.claimDue(now, 'w', '2026-03-01T10:05:00.000Z', 10)).map((j) => j.id)).toEqual(['j-2']);
    const retried = await s.mailJobs.claimDue('2026-03-01T10:01:00.000Z', 'w', '2026-03-01T10:06:00.000Z', 10);
    expect(retried.map((j) => [j.id, j.attempts, j.lastError])).toEqual([['j-1', 1, '451']]);
    await s.mailJobs.retryLater('j-1', 'w', { status: 'failed', attempts: 2, nextAttemptAt: '2026-03-01T10:03:00.000Z', lastError: '550' });
    await s.mailJobs.markSent('j-2', 'w', '2026-03-01T10:02:00.000Z');
    expect(await s.mailJobs.claimDue('2026-03-09T00:00:00.000Z', 'w', '2026-03-09T00:05:00.000Z', 10)).toEqual([]);
    expect(await s.mailJobs.countPending('u-1')).toBe(0);
    expect(await s.mailJobs.pruneFinished('2026-03-01T09:00:00.000Z')).toBe(0);
    expect(await s.mailJobs.pruneFinished('2026-03-02T00:00:00.000Z')).toBe(2);
    expect(await s.mailJobs.find('j-1')).toBeNull();
  });
}
