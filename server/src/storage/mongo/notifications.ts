import { trusted } from 'mongoose';
import type { MailJobRecord, MailJobRepository, NotificationPreferencesRecord, NotificationRecord, NotificationRepository } from '../port';
import { isDuplicateKey, type Models } from './models';

interface NotificationDoc extends Omit<NotificationRecord, 'id'> { _id: string }
const toNotification = ({ _id, ...rest }: NotificationDoc): NotificationRecord => ({
  id: _id, userId: rest.userId, kind: rest.kind, patientId: rest.patientId ?? null, actorId: rest.actorId ?? null, subjectId: rest.subjectId ?? null,
  dedupeKey: rest.dedupeKey, createdAt: rest.createdAt, expiresAt: rest.expiresAt, readAt: rest.readAt ?? null,
});

interface PreferencesDoc extends Omit<NotificationPreferencesRecord, 'userId'> { _id: string }
const toPreferences = ({ _id, ...rest }: PreferencesDoc): NotificationPreferencesRecord => ({
  userId: _id, emailMentions: rest.emailMentions, emailFamilyMessages: rest.emailFamilyMessages, emailDigest: rest.emailDigest,
  digestTime: rest.digestTime, timeZone: rest.timeZone, updatedAt: rest.updatedAt,
});

/** Inserts, reading a duplicate key as "already there". */
async function insertOnce(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** Notification centers and preferences in MongoDB. */
export function mongoNotifications(m: Models): NotificationRepository {
  return {
    async insert(n, cap) {
      const { id, ...rest } = n;
      if (!(await insertOnce(() => m.notifications.create({ _id: id, ...rest })))) return false;
      // The cap is kept after the insert: a race of two inserts may leave one extra until the next, never an unbounded center.
      const keep = await m.notifications.find({ userId: n.userId }, { _id: 1 }).sort({ createdAt: -1, _id: -1 }).limit(cap).lean<Array<{ _id: string }>>();
      if (keep.length === cap) await m.notifications.deleteMany({ userId: n.userId, _id: trusted({ $nin: keep.map((k) => k._id) }) });
      return true;
    },
    async listForUser(userId, now, limit) {
      return (await m.notifications.find({ userId, expiresAt: trusted({ $gt: now }) }).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<NotificationDoc[]>())
        .map(toNotification);
    },
    async markRead(userId, id, at) {
      return (await m.notifications.updateOne({ _id: id, userId, readAt: null }, { $set: { readAt: at } })).modifiedCount === 1;
    },
    async markAllRead(userId, at) {
      return (await m.notifications.updateMany({ userId, readAt: null }, { $set: { readAt: at } })).modifiedCount;
    },
    async deleteExpired(now) {
      return (await m.notifications.deleteMany({ expiresAt: trusted({ $lte: now }) })).deletedCount;
    },
    async preferences(userId) {
      const doc = await m.notificationPreferences.findOne({ _id: userId }).lean<PreferencesDoc>();
      return doc ? toPreferences(doc) : null;
    },
    async setPreferences(p) {
      const { userId, ...rest } = p;
      await m.notificationPreferences.replaceOne({ _id: userId }, { _id: userId, ...rest }, { upsert: true });
    },
    async listPreferences() {
      return (await m.notificationPreferences.find({}).sort({ _id: 1 }).lean<PreferencesDoc[]>()).map(toPreferences);
    },
  };
}

interface MailJobDoc extends Omit<MailJobRecord, 'id'> { _id: string }
const toJob = ({ _id, ...rest }: MailJobDoc): MailJobRecord => ({
  id: _id, userId: rest.userId, dedupeKey: rest.dedupeKey, messageId: rest.messageId, subject: rest.subject, body: rest.body, status: rest.status,
  attempts: rest.attempts, nextAttemptAt: rest.nextAttemptAt, leaseOwner: rest.leaseOwner ?? null, leaseUntil: rest.leaseUntil ?? null,
  lastError: rest.lastError ?? null, createdAt: rest.createdAt, sentAt: rest.sentAt ?? null,
});

/** The e-mail queue in MongoDB: each job is claimed by one atomic find-and-modify. */
export function mongoMailJobs(m: Models): MailJobRepository {
  return {
    async enqueue(j) {
      const { id, ...rest } = j;
      return insertOnce(() => m.mailJobs.create({ _id: id, ...rest }));
    },
    async claimDue(now, owner, leaseUntil, limit) {
      const claimed: MailJobRecord[] = [];
      // A top-level $or is allowed by sanitizeFilter; the operator inside it is marked trusted like every other.
      const free = { $or: [{ leaseUntil: null }, { leaseUntil: trusted({ $lte: now }) }] };
      while (claimed.length < limit) {
        const doc = await m.mailJobs.findOneAndUpdate(
          { status: 'pending', nextAttemptAt: trusted({ $lte: now }), ...free },
          { $set: { leaseOwner: owner, leaseUntil } },
          { sort: { nextAttemptAt: 1, _id: 1 }, new: true },
        ).lean<MailJobDoc>();
        if (!doc) break;
        claimed.push(toJob(doc));
      }
      return claimed;
    },
    async markSent(id, owner, at) {
      return (await m.mailJobs.updateOne({ _id: id, leaseOwner: owner, status: 'pending' }, {
        $set: { status: 'sent', sentAt: at, leaseOwner: null, leaseUntil: null }, $inc: { attempts: 1 },
      })).modifiedCount === 1;
    },
    async retryLater(id, owner, r) {
      return (await m.mailJobs.updateOne({ _id: id, leaseOwner: owner, status: 'pending' }, {
        $set: { status: r.status, attempts: r.attempts, nextAttemptAt: r.nextAttemptAt, lastError: r.lastError, leaseOwner: null, leaseUntil: null },
      })).modifiedCount === 1;
    },
    async find(id) {
      const doc = await m.mailJobs.findOne({ _id: id }).lean<MailJobDoc>();
      return doc ? toJob(doc) : null;
    },
    async countPending(userId) {
      return m.mailJobs.countDocuments({ userId, status: 'pending' });
    },
    async pruneFinished(before) {
      return (await m.mailJobs.deleteMany({ status: trusted({ $in: ['sent', 'failed'] }), createdAt: trusted({ $lt: before }) })).deletedCount;
    },
  };
}
