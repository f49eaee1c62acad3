import { NotificationKindSchema } from '@carehuddle/shared';
import { Schema } from 'mongoose';

/** Every write waits for a majority of the replica set: acknowledged means durable (as in `schemas.ts`). */
const options = { versionKey: false as const, writeConcern: { w: 'majority' as const }, strict: 'throw' as const };

/** Notifications in people's centers; the dedupe key makes a repeated event a no-op. */
export const notificationSchema = new Schema({
  _id: { type: String, required: true },
  userId: { type: String, required: true },
  kind: { type: String, required: true, enum: NotificationKindSchema.options },
  patientId: { type: String, default: null },
  actorId: { type: String, default: null },
  subjectId: { type: String, default: null },
  dedupeKey: { type: String, required: true, unique: true },
  createdAt: { type: String, required: true },
  expiresAt: { type: String, required: true, index: true },
  readAt: { type: String, default: null },
}, options);
notificationSchema.index({ userId: 1, createdAt: -1 });

/** Saved notification preferences, one per person (`_id` is the user id). */
export const notificationPreferencesSchema = new Schema({
  _id: { type: String, required: true },
  emailMentions: { type: Boolean, required: true },
  emailFamilyMessages: { type: Boolean, required: true },
  emailDigest: { type: Boolean, required: true },
  digestTime: { type: String, required: true },
  timeZone: { type: String, required: true },
  updatedAt: { type: String, required: true },
}, options);

/** The durable e-mail queue. */
export const mailJobSchema = new Schema({
  _id: { type: String, required: true },
  userId: { type: String, required: true },
  dedupeKey: { type: String, required: true, unique: true },
  messageId: { type: String, required: true },
  subject: { type: String, required: true },
  body: { type: String, required: true },
  status: { type: String, required: true, enum: ['pending', 'sent', 'failed'] },
  attempts: { type: Number, required: true },
  nextAttemptAt: { type: String, required: true },
  leaseOwner: { type: String, default: null },
  leaseUntil: { type: String, default: null },
  lastError: { type: String, default: null },
  createdAt: { type: String, required: true },
  sentAt: { type: String, default: null },
}, options);
mailJobSchema.index({ status: 1, nextAttemptAt: 1 });
mailJobSchema.index({ userId: 1, status: 1 });
