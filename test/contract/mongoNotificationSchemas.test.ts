import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { mailJobSchema, notificationPreferencesSchema, notificationSchema } from '../../server/src/storage/mongo/notificationSchemas';

// Models on a connection that is never opened: validation needs no server.
const connection = mongoose.createConnection();
const Notification = connection.model('Notification', notificationSchema);
const Preferences = connection.model('NotificationPreferences', notificationPreferencesSchema);
const MailJob = connection.model('MailJob', mailJobSchema);

describe('mongoose schemas of notifications and the e-mail queue (no server needed)', () => {
  it('take the documents the adapter writes, and refuse an unknown kind or status', () => {
    const notification = {
      _id: 'n1', userId: 'u1', kind: 'mention', patientId: 'p1', actorId: 'u2', subjectId: 't1', dedupeKey: 'k', createdAt: '2026-01-01', expiresAt: '2026-02-01', readAt: null,
    };
    expect(new Notification(notification).validateSync()).toBeUndefined();
    expect(new Notification({ ...notification, kind: 'gossip' }).validateSync()?.errors.kind).toBeDefined();
    const preferences = { _id: 'u1', emailMentions: true, emailFamilyMessages: false, emailDigest: true, digestTime: '07:00', timeZone: 'UTC', updatedAt: '2026-01-01' };
    expect(new Preferences(preferences).validateSync()).toBeUndefined();
    const job = {
      _id: 'j1', userId: 'u1', dedupeKey: 'mail:k', messageId: '<j1@x>', subject: 's', body: 'b', status: 'pending', attempts: 0, nextAttemptAt: '2026-01-01',
      leaseOwner: null, leaseUntil: null, lastError: null, createdAt: '2026-01-01', sentAt: null,
    };
    expect(new MailJob(job).validateSync()).toBeUndefined();
    expect(new MailJob({ ...job, status: 'lost' }).validateSync()?.errors.status).toBeDefined();
    // Strict: a field the schema does not know is refused, so adapter and schema cannot drift apart silently.
    expect(() => new MailJob({ ...job, to: 'someone@example.org' })).toThrow();
  });
});
