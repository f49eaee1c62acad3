import { z } from 'zod';
import { PLAN_AUDIENCES } from '../realtime/documents';
import { IdSchema, InstantSchema } from './ids';

/** Formats a copy of the plan can be sent in. */
export const PLAN_SHARE_FORMATS = ['pdf'] as const;
export const PlanShareFormatSchema = z.enum(PLAN_SHARE_FORMATS);
export type PlanShareFormat = z.infer<typeof PlanShareFormatSchema>;

/** Body of `POST /api/patients/:patientId/plan/shares`: send a copy of the plan to a provider the patient's consent names. */
export const SharePlanInputSchema = z.strictObject({
  /** The provider as the consent names them: a team provider's user id, or an external provider's id. */
  recipientId: IdSchema,
  /** A signed plan version to send; without it, the plan as it is now. */
  versionId: IdSchema.optional(),
  /** The copy's format. */
  format: PlanShareFormatSchema.default('pdf'),
});
export type SharePlanInput = z.input<typeof SharePlanInputSchema>;

/** Who a copy went to, as it was when it was sent. */
export const PlanShareRecipientSchema = z.object({
  /** A provider on the care team, or one outside CareHuddle. */
  kind: z.enum(['team', 'external']),
  /** The team provider's user id; null for an external provider. */
  userId: IdSchema.nullable(),
  /** Their name. */
  name: z.string(),
  /** Practice or organization (external providers; empty otherwise). */
  organization: z.string(),
  /** How the copy reaches them (external providers; empty otherwise). */
  contact: z.string(),
});
export type PlanShareRecipient = z.infer<typeof PlanShareRecipientSchema>;

/** One copy of the plan sent to a provider. */
export const PlanShareSchema = z.object({
  /** Opaque id. */
  id: IdSchema,
  /** To whom. */
  recipient: PlanShareRecipientSchema,
  /** Which plan documents the copy holds (those the viewer may read). */
  parts: z.array(z.enum(PLAN_AUDIENCES)),
  /** The copy's format. */
  format: PlanShareFormatSchema,
  /** The signed version sent, or null for the plan as it was at `sharedAt`. */
  planVersion: z.object({ id: IdSchema, title: z.string(), signedAt: InstantSchema }).nullable(),
  /** The consent version that allowed it. */
  consentVersion: z.number().int().positive(),
  /** Who sent it. */
  sharedBy: z.object({ userId: IdSchema, name: z.string() }),
  /** When. */
  sharedAt: InstantSchema,
});
export type PlanShare = z.infer<typeof PlanShareSchema>;

/** `GET /api/patients/:patientId/plan/shares`: copies sent, newest first. */
export const PlanShareListSchema = z.object({ shares: z.array(PlanShareSchema) });
export type PlanShareList = z.infer<typeof PlanShareListSchema>;
