import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';
import { PLAN_AUDIENCES } from '../realtime/documents';
import { CareTeamRoleSchema } from './roles';
import { PatientProfileInputSchema, PatientProfileSchema } from './patientProfile';

/** Risk levels set by the health screening. */
export const RISK_LEVELS = ['Low', 'Moderate', 'High'] as const;
export const RiskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

/** Days after enrollment within which the health screening is due. */
export const SCREENING_DUE_DAYS = 30;
/** Days before the due date from which a screening shows as due soon. */
export const SCREENING_DUE_SOON_DAYS = 7;

/** Where a patient's health screening stands on a given day. */
export const SCREENING_STATUSES = ['done', 'pending', 'due_soon', 'overdue'] as const;
export const ScreeningStatusSchema = z.enum(SCREENING_STATUSES);
export type ScreeningStatus = z.infer<typeof ScreeningStatusSchema>;

/** A member of one patient's care team. */
export const CareTeamMemberSchema = z.object({
  /** The member's user id. */
  userId: IdSchema,
  /** Display name. */
  name: z.string(),
  /** Role on this patient's team. */
  role: CareTeamRoleSchema,
  /** Whether this member is the lead care coordinator. */
  isLead: z.boolean(),
  /** Calendar date the member joined the team. */
  joinedAt: InstantSchema,
  /** Work phone, sent only for the patient's care coordinator(s), the person the family calls; null for everyone else. */
  workPhone: z.string().nullable(),
});
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>;

/** A patient row in "My patients". */
export const PatientSummarySchema = z.object({
  /** Opaque patient id. */
  id: IdSchema,
  /** Full name. */
  name: z.string(),
  /** Risk level, or null when not yet screened. */
  riskLevel: RiskLevelSchema.nullable(),
  /** Enrollment date. */
  enrollmentDate: CalendarDateSchema,
  /** Health screening due date (enrollment + 30 days). */
  screeningDueDate: CalendarDateSchema,
  /** Screening status today. */
  screeningStatus: ScreeningStatusSchema,
  /** The signed-in user's role on this patient's team. */
  myRole: CareTeamRoleSchema,
});
export type PatientSummary = z.infer<typeof PatientSummarySchema>;

/** A patient with their care team, as `GET /api/patients/:id` returns it. */
export const PatientDetailSchema = PatientSummarySchema.extend(PatientProfileSchema.shape).extend({
  /** Date of birth. */
  dateOfBirth: CalendarDateSchema,
  /** Member or medical record number. */
  memberNumber: z.string(),
  /** Who recorded the current risk level, if any. */
  riskSetBy: z.object({ userId: IdSchema, name: z.string() }).nullable(),
  /** When the current risk level was recorded. */
  riskSetAt: InstantSchema.nullable(),
  /** The care team. */
  careTeam: z.array(CareTeamMemberSchema),
  /** What the signed-in user may do with this patient's plan, with the patient's consent applied. */
  myAccess: z.object({
    /** Per plan document: `write`, `read` or `none`. */
    documents: z.record(z.enum(PLAN_AUDIENCES), z.enum(['write', 'read', 'none'])),
    /** Whether they may suggest goals (family caregivers the patient allows). */
    proposeGoals: z.boolean(),
  }),
});
export type PatientDetail = z.infer<typeof PatientDetailSchema>;

/** Response of `GET /api/patients`. */
export const PatientListSchema = z.object({
  /** Only the patients whose care team the user is on. */
  patients: z.array(PatientSummarySchema),
});
export type PatientList = z.infer<typeof PatientListSchema>;

/** Body of `POST /api/patients` (care coordinators enroll patients and lead their team). */
export const CreatePatientInputSchema = PatientProfileInputSchema.extend({
  /** Full name. */
  name: z.string().trim().min(1, { error: 'Enter the full name.' }).max(120, { error: 'Keep the name under 120 characters.' }),
  /** Date of birth; not in the future. */
  dateOfBirth: CalendarDateSchema,
  /** Member or medical record number. */
  memberNumber: z.string().trim().min(1, { error: 'Enter the member number.' }).max(40, { error: 'Keep the member number under 40 characters.' }),
  /** Enrollment date in the program. */
  enrollmentDate: CalendarDateSchema,
});
export type CreatePatientInput = z.infer<typeof CreatePatientInputSchema>;

/** Path parameters naming a patient. */
export const PatientParamsSchema = z.strictObject({
  /** Opaque patient id. */
  patientId: IdSchema,
});
export type PatientParams = z.infer<typeof PatientParamsSchema>;

/** Body of `POST /api/patients/:patientId/care-team`. */
export const AddCareTeamMemberInputSchema = z.strictObject({
  /** The user to add. */
  userId: IdSchema,
  /** Their role on this team (the lead coordinator is set at enrollment). */
  role: CareTeamRoleSchema,
});
export type AddCareTeamMemberInput = z.infer<typeof AddCareTeamMemberInputSchema>;

/** Path parameters naming one care team member. */
export const CareTeamMemberParamsSchema = PatientParamsSchema.extend({
  /** The member's user id. */
  userId: IdSchema,
});
export type CareTeamMemberParams = z.infer<typeof CareTeamMemberParamsSchema>;
