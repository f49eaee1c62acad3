import { z } from 'zod';
import { IdSchema, InstantSchema } from './ids';

/** One family member on the care team, as the member sees them on their own portal. */
export const FamilyMemberSharingSchema = z.object({
  /** The family caregiver's user id. */
  userId: IdSchema,
  /** Their name. */
  name: z.string(),
  /** Whether they see the member's shared plan now. */
  sharedPlan: z.boolean(),
});
export type FamilyMemberSharing = z.infer<typeof FamilyMemberSharingSchema>;

/** `GET`/`PUT /api/patients/:patientId/family-sharing`: the family on the member's team and whether each sees the plan. */
export const MemberFamilySharingSchema = z.object({
  /** Every family caregiver on the team, in the order they joined. */
  family: z.array(FamilyMemberSharingSchema),
  /** The consent version in force (null when nothing was ever recorded). */
  version: z.number().int().positive().nullable(),
  /** When that version was recorded (null with it). */
  recordedAt: InstantSchema.nullable(),
});
export type MemberFamilySharing = z.infer<typeof MemberFamilySharingSchema>;

/** One family member the member turns on or off. */
export const FamilySharingChangeSchema = z.strictObject({
  /** The family caregiver's user id (a family caregiver on the member's team). */
  userId: IdSchema,
  /** Whether they may see the plan from now on. */
  sharedPlan: z.boolean({ error: 'Choose whether this family member sees your plan.' }),
});
export type FamilySharingChange = z.infer<typeof FamilySharingChangeSchema>;

/**
 * Body of `PUT /api/patients/:patientId/family-sharing`: the family members the
 * member decides about. Anyone not listed keeps what they have, so a caregiver
 * who joined while the page was open is not turned off by accident.
 */
export const UpdateFamilySharingInputSchema = z.strictObject({
  /** The family members and whether each sees the plan from now on. */
  family: z.array(FamilySharingChangeSchema).min(1, 'Choose who in your family sees your plan.').max(50)
    .refine((f) => new Set(f.map((e) => e.userId)).size === f.length, 'Each person can be listed once.'),
});
export type UpdateFamilySharingInput = z.infer<typeof UpdateFamilySharingInputSchema>;
