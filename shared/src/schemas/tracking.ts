import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from './ids';
import { RiskLevelSchema } from './patient';

/**
 * Whose record a tracked item is part of: the clinical plan's, or the
 * restricted behavioral-health or substance-use records' (an addiction
 * referral, a detox discharge). It decides who may see the item and its
 * deadlines, by the same consent as the plan document of that audience.
 */
export const TrackingCategorySchema = z.enum(['clinical', 'behavioralHealth', 'substanceUse']);
export type TrackingCategory = z.infer<typeof TrackingCategorySchema>;

/** The category of a new item: clinical unless the recorder says otherwise. */
const category = TrackingCategorySchema.default('clinical');

/**
 * Body of `POST /api/patients/:patientId/tracking`: start tracking something with a deadline.
 * Screenings are not recorded here: only completing a scored screening closes that deadline.
 */
export const NewTrackedItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('plan_review'), category, reviewedOn: CalendarDateSchema }),
  z.strictObject({
    kind: z.literal('transition'),
    category,
    setting: z.enum(['hospital', 'emergency']),
    admittedOn: CalendarDateSchema,
    dischargedOn: CalendarDateSchema,
    facility: z.string().trim().min(1).max(120),
  }),
  z.strictObject({
    kind: z.literal('referral'),
    category,
    specialty: z.string().trim().min(1).max(120),
    inNetwork: z.boolean(),
    priorAuth: z.enum(['not_needed', 'needed', 'requested']),
    ownerId: IdSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('test_result'), category, name: z.string().trim().min(1).max(120), orderedOn: CalendarDateSchema, ownerId: IdSchema.optional() }),
  z.strictObject({ kind: z.literal('care_gap'), category, description: z.string().trim().min(1).max(200), dueDate: CalendarDateSchema }),
  z.strictObject({ kind: z.literal('annual_visit'), category, lastVisitOn: CalendarDateSchema.optional(), scheduledOn: CalendarDateSchema.optional() }),
]);
export type NewTrackedItem = z.infer<typeof NewTrackedItemSchema>;

/** Body of `POST /api/patients/:patientId/tracking/:itemId/progress`: a step forward. */
export const TrackingProgressSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('follow_up_done'), on: CalendarDateSchema }),
  z.strictObject({ action: z.literal('reconciliation_done'), on: CalendarDateSchema }),
  z.strictObject({ action: z.literal('referral_step'), step: z.enum(['sent', 'scheduled', 'completed', 'results_received', 'closed']), on: CalendarDateSchema }),
  z.strictObject({ action: z.literal('prior_auth'), decision: z.enum(['requested', 'approved', 'denied']), on: CalendarDateSchema }),
  z.strictObject({ action: z.literal('test_step'), step: z.enum(['resulted', 'reviewed', 'communicated']), on: CalendarDateSchema }),
  z.strictObject({ action: z.literal('gap_closed'), on: CalendarDateSchema, evidence: z.string().trim().min(1).max(500) }),
  z.strictObject({ action: z.literal('visit_done'), on: CalendarDateSchema }),
]);
export type TrackingProgress = z.infer<typeof TrackingProgressSchema>;

/** Path parameters naming a tracked item. */
export const TrackedItemParamsSchema = z.strictObject({ patientId: IdSchema, itemId: IdSchema });

/**
 * Where a deadline stands. `unable_to_reach`: not done, but the documented
 * contact attempts meet the rule (three unsuccessful, on different days, within
 * the deadline), which payer audits accept instead of "overdue".
 */
export const DueStatusSchema = z.enum(['upcoming', 'due_soon', 'due', 'overdue', 'done', 'unable_to_reach']);
export type DueStatusValue = z.infer<typeof DueStatusSchema>;

/** One deadline, as the worklist and the team view show it. */
export const WorkItemSchema = z.object({
  /** The tracked item it belongs to (null for rules without a record, e.g. the first screening). */
  itemId: IdSchema.nullable(),
  patientId: IdSchema,
  patientName: z.string(),
  riskLevel: RiskLevelSchema.nullable(),
  kind: z.string(),
  /** Whose record it is part of (deadlines without a tracked item are clinical). */
  category: TrackingCategorySchema,
  title: z.string(),
  dueDate: CalendarDateSchema,
  status: DueStatusSchema,
  ownerId: IdSchema.nullable(),
  /** Where in the app it is resolved. */
  link: z.string(),
});
export type WorkItem = z.infer<typeof WorkItemSchema>;

/** Response of `GET /api/worklist`. */
export const WorklistSchema = z.object({ items: z.array(WorkItemSchema), overdue: z.number().int() });
export type Worklist = z.infer<typeof WorklistSchema>;

/** Query of the worklist. */
export const WorklistQuerySchema = z.strictObject({
  kind: z.string().regex(/^[a-z_]{1,40}$/).optional(),
  sort: z.enum(['dueDate', 'patient', 'riskLevel', 'kind']).default('dueDate'),
});
