import { z } from 'zod';
import { IdSchema } from './ids';
import { RiskLevelSchema } from './patient';

/** How many enrolled members one coordinator leads, by risk level (`unscreened`: no risk level yet). */
export const RiskCountsSchema = z.object({
  High: z.number().int().nonnegative(),
  Moderate: z.number().int().nonnegative(),
  Low: z.number().int().nonnegative(),
  unscreened: z.number().int().nonnegative(),
});
export type RiskCounts = z.infer<typeof RiskCountsSchema>;

/** One coordinator's caseload at a glance. */
export const CoordinatorCaseloadSchema = z.object({
  /** The coordinator. */
  userId: IdSchema,
  name: z.string(),
  /** Enrolled members they lead. */
  members: z.number().int().nonnegative(),
  byRisk: RiskCountsSchema,
  /** Overdue deadlines and overdue open tasks of those members. */
  overdue: z.number().int().nonnegative(),
  /** Members nobody reached (member or caregiver) in the last 30 days. */
  notReached: z.number().int().nonnegative(),
  /** Members whose health screening is due soon, due or overdue. */
  screeningsDue: z.number().int().nonnegative(),
});
export type CoordinatorCaseload = z.infer<typeof CoordinatorCaseloadSchema>;

/** One enrolled member as the supervisor sees them: name, lead and counts, no clinical content. */
export const CaseloadMemberSchema = z.object({
  patientId: IdSchema,
  name: z.string(),
  riskLevel: RiskLevelSchema.nullable(),
  /** The lead coordinator; null when the member has none. */
  leadId: IdSchema.nullable(),
  leadName: z.string().nullable(),
  overdue: z.number().int().nonnegative(),
  notReached: z.boolean(),
  screeningDue: z.boolean(),
});
export type CaseloadMember = z.infer<typeof CaseloadMemberSchema>;

/** `GET /api/caseloads`: every coordinator's caseload and the enrolled members behind it. */
export const CaseloadsSchema = z.object({
  coordinators: z.array(CoordinatorCaseloadSchema),
  members: z.array(CaseloadMemberSchema),
});
export type Caseloads = z.infer<typeof CaseloadsSchema>;

/** Most members one reassignment moves (a whole caseload fits). */
export const MAX_REASSIGNED_MEMBERS = 500;

/** Body of `POST /api/caseloads/reassign`. */
export const ReassignLeadInputSchema = z.strictObject({
  /** The members whose lead coordinator changes. */
  patientIds: z.array(IdSchema).min(1, 'Choose at least one member.').max(MAX_REASSIGNED_MEMBERS, `Choose at most ${MAX_REASSIGNED_MEMBERS} members at a time.`),
  /** The new lead coordinator: an active staff account. */
  toUserId: IdSchema,
  /** Why, for the new lead: kept with the open items that move. */
  note: z.string().trim().min(1, 'Write a note for the new coordinator.').max(500, 'Keep the note under 500 characters.'),
});
export type ReassignLeadInput = z.infer<typeof ReassignLeadInputSchema>;

/** What a reassignment did. */
export const ReassignResultSchema = z.object({
  /** Members whose lead changed. */
  moved: z.number().int().nonnegative(),
  /** Members the new coordinator already led. */
  unchanged: z.number().int().nonnegative(),
  /** Open tasks and tracked items handed to the new lead. */
  itemsMoved: z.number().int().nonnegative(),
  /** Open items the new lead may not see under the member's consent: they stay where they were until consent covers the new lead. */
  itemsNotMoved: z.number().int().nonnegative(),
});
export type ReassignResult = z.infer<typeof ReassignResultSchema>;
