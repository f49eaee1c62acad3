import { TASK_STATUSES, TaskPrioritySchema, TaskSourceSchema, TrackingCategorySchema } from '@carehuddle/shared';
import { Schema } from 'mongoose';

/** Every write waits for a majority of the replica set: acknowledged means durable (as in `schemas.ts`). */
const options = { versionKey: false as const, writeConcern: { w: 'majority' as const }, strict: 'throw' as const };

/** The team's tasks. */
export const taskSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  title: { type: String, required: true },
  ownerId: { type: String, required: true },
  dueDate: { type: String, required: true },
  status: { type: String, required: true, enum: TASK_STATUSES },
  priority: { type: String, required: true, enum: TaskPrioritySchema.options },
  source: { type: String, required: true, enum: TaskSourceSchema.options },
  sourceLabel: { type: String, default: '' },
  link: { type: String, required: true },
  category: { type: String, required: true, enum: TrackingCategorySchema.options },
  handoffNote: { type: String, default: '' },
  goalId: { type: String, default: null },
  createdBy: { type: String, required: true },
  createdAt: { type: String, required: true },
  updatedAt: { type: String, required: true },
}, options);
taskSchema.index({ patientId: 1, createdAt: 1 });

/** Contact attempts; appended, never changed. */
export const outreachSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  channel: { type: String, required: true },
  direction: { type: String, required: true },
  reached: { type: String, required: true },
  outcome: { type: String, required: true },
  attemptedOn: { type: String, required: true },
  note: { type: String, default: '' },
  nextAttemptOn: { type: String, default: null },
  purpose: { type: String, required: true },
  targetId: { type: String, default: null },
  by: { type: String, required: true },
  recordedAt: { type: String, required: true },
}, options);
outreachSchema.index({ patientId: 1, attemptedOn: -1 });
// Program measures: the days members were reached, grouped by member (covering, in group order).
outreachSchema.index({ outcome: 1, patientId: 1, attemptedOn: 1, reached: 1 });

/** Keys of sent actions; (userId, key) is unique so racing resends run the action once. */
export const sentActionSchema = new Schema({
  userId: { type: String, required: true },
  key: { type: String, required: true },
  fingerprint: { type: String, required: true },
  answer: { type: String, default: null },
  createdAt: { type: String, required: true },
}, options);
sentActionSchema.index({ userId: 1, key: 1 }, { unique: true });
sentActionSchema.index({ createdAt: 1 });
