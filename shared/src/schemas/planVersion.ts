import { z } from 'zod';
import { IdSchema, InstantSchema } from './ids';
import { PLAN_AUDIENCES } from '../realtime/documents';

/** Body of `POST /api/patients/:patientId/plan/versions`: sign off the plan as it is now. */
export const SignPlanVersionInputSchema = z.strictObject({
  /** What review this was, e.g. "Quarterly review", "Post-discharge review". */
  title: z.string().trim().min(1).max(120),
});
export type SignPlanVersionInput = z.infer<typeof SignPlanVersionInputSchema>;

/** The member's agreement to a signed version (payer programs ask for it). */
export const PlanApprovalSchema = z.object({
  /** The member who approved. */
  approvedBy: z.object({ userId: IdSchema, name: z.string() }),
  /** When they approved. */
  approvedAt: InstantSchema,
});
export type PlanApproval = z.infer<typeof PlanApprovalSchema>;

/** A signed, immutable plan version as listed. */
export const PlanVersionSummarySchema = z.object({
  /** Opaque version id. */
  id: IdSchema,
  /** The review's name. */
  title: z.string(),
  /** Who signed it off. */
  signedBy: z.object({ userId: IdSchema, name: z.string() }),
  /** When it was signed. */
  signedAt: InstantSchema,
  /** The member's approvals of this version (at most one per member). */
  approvals: z.array(PlanApprovalSchema),
});
export type PlanVersionSummary = z.infer<typeof PlanVersionSummarySchema>;

/** Path parameters naming one version's document. */
export const PlanVersionParamsSchema = z.strictObject({
  /** Opaque patient id. */
  patientId: IdSchema,
  /** Opaque version id. */
  versionId: IdSchema,
  /** Which audience's document of the version. */
  audience: z.enum(PLAN_AUDIENCES),
});
export type PlanVersionParams = z.infer<typeof PlanVersionParamsSchema>;

/** How one plan item differs between a version and the current plan. */
export const PlanItemChangeSchema = z.object({
  /** Section name. */
  section: z.string(),
  /** Stable item id. */
  itemId: z.string(),
  /** Added since the version, changed, or removed. */
  change: z.enum(['added', 'changed', 'removed']),
  /** The item as it was in the version (absent when added). */
  before: z.unknown().optional(),
  /** The item as it is now (absent when removed). */
  after: z.unknown().optional(),
});
export type PlanItemChange = z.infer<typeof PlanItemChangeSchema>;

/** One document of a signed version, read-only, compared with the current plan. */
export const PlanVersionDocumentSchema = z.object({
  /** The version. */
  version: PlanVersionSummarySchema,
  /** The document's sections as they were signed. */
  content: z.record(z.string(), z.unknown()),
  /** What changed since. */
  changes: z.array(PlanItemChangeSchema),
});
export type PlanVersionDocument = z.infer<typeof PlanVersionDocumentSchema>;

/** Path parameters naming one signed version. */
export const PlanVersionIdParamsSchema = z.strictObject({ patientId: IdSchema, versionId: IdSchema });
