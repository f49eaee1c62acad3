import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from './ids';

/** Programs a member can be enrolled in; `care_coordination` is the one every member had before episodes existed. */
export const ENROLLMENT_PROGRAMS = ['care_coordination', 'complex_care_management', 'transitions_of_care', 'chronic_condition_management'] as const;
export const EnrollmentProgramSchema = z.enum(ENROLLMENT_PROGRAMS);
export type EnrollmentProgram = z.infer<typeof EnrollmentProgramSchema>;

/** What people call each program. */
export const ENROLLMENT_PROGRAM_LABELS: Record<EnrollmentProgram, string> = {
  care_coordination: 'Care coordination',
  complex_care_management: 'Complex care management',
  transitions_of_care: 'Transitions of care',
  chronic_condition_management: 'Chronic condition management',
};

/** Why an episode ended. */
export const DISENROLLMENT_REASONS = ['moved', 'lost_eligibility', 'declined', 'deceased', 'graduated'] as const;
export const DisenrollmentReasonSchema = z.enum(DISENROLLMENT_REASONS);
export type DisenrollmentReason = z.infer<typeof DisenrollmentReasonSchema>;

/** What people call each reason. */
export const DISENROLLMENT_REASON_LABELS: Record<DisenrollmentReason, string> = {
  moved: 'Moved out of the service area',
  lost_eligibility: 'Lost eligibility',
  declined: 'Declined further services',
  deceased: 'Deceased',
  graduated: 'Graduated (goals met)',
};

/** One enrollment episode of a member, as the API presents it. */
export const EnrollmentEpisodeSchema = z.object({
  /** Opaque id; `initial` for the first episode of a member enrolled before episodes were recorded. */
  id: IdSchema,
  /** The program of the episode. */
  program: EnrollmentProgramSchema,
  /** First day of the episode. */
  startedOn: CalendarDateSchema,
  /** Last day of the episode; null while it runs. */
  endedOn: CalendarDateSchema.nullable(),
  /** Why it ended; null while it runs. */
  endReason: DisenrollmentReasonSchema.nullable(),
});
export type EnrollmentEpisode = z.infer<typeof EnrollmentEpisodeSchema>;

/** A member's enrollment: whether they are enrolled now, and every episode, oldest first. */
export const EnrollmentSchema = z.object({
  /** The member. */
  patientId: IdSchema,
  /** True while the latest episode runs. */
  enrolled: z.boolean(),
  /** Every episode, oldest first. */
  episodes: z.array(EnrollmentEpisodeSchema),
  /** Whether the reader may disenroll or re-enroll the member (their coordinator, a supervisor or an admin). */
  canChange: z.boolean(),
  /** While not enrolled: the last day the retention setting keeps the records for (nothing is deleted before); null while enrolled. */
  retainedUntil: CalendarDateSchema.nullable(),
  /** The retention setting: years the records are kept after the last episode ends. */
  retentionYears: z.number().int(),
});
export type Enrollment = z.infer<typeof EnrollmentSchema>;

/** Body of `POST /api/patients/:patientId/enrollment`: end the running episode, or start a new one. */
export const EnrollmentChangeInputSchema = z.discriminatedUnion('action', [
  z.strictObject({
    /** End the running episode. */
    action: z.literal('disenroll'),
    /** The last day of the episode. */
    on: CalendarDateSchema,
    /** Why it ends. */
    reason: DisenrollmentReasonSchema,
  }),
  z.strictObject({
    /** Start a new episode (a member who is not enrolled now). */
    action: z.literal('enroll'),
    /** The program of the new episode. */
    program: EnrollmentProgramSchema,
    /** Its first day. */
    on: CalendarDateSchema,
  }),
]);
export type EnrollmentChangeInput = z.infer<typeof EnrollmentChangeInputSchema>;
