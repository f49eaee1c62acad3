import { z } from 'zod';
import { IdSchema } from './ids';
import { RiskLevelSchema } from './patient';

/** The program measures a health plan asks for (docs/measures.md defines each). */
export const MEASURE_IDS = [
  'screening_within_30_days', 'care_plan_after_screening', 'follow_up_7_days', 'reconciliation_30_days',
  'annual_review_on_time', 'reached_last_30_days', 'referral_loop_closed',
] as const;
export const MeasureIdSchema = z.enum(MEASURE_IDS, { error: 'Choose one of the program measures.' });
export type MeasureId = z.infer<typeof MeasureIdSchema>;

/** Titles shown on the measures page, in the CSV and in the FHIR `Measure`. */
export const MEASURE_TITLES: Record<MeasureId, string> = {
  screening_within_30_days: 'Health screening within 30 days of enrollment',
  care_plan_after_screening: 'Care plan after the screening',
  follow_up_7_days: 'Follow-up within 7 days of discharge',
  reconciliation_30_days: 'Medication reconciliation within 30 days of discharge',
  annual_review_on_time: 'Annual plan review on time',
  reached_last_30_days: 'Members reached in the last 30 days',
  referral_loop_closed: 'Referral loop closed',
};

/** A calendar month, `YYYY-MM`. */
export const CalendarMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter the month as YYYY-MM.');

/** Where a member stands in one measure's event: counted and met, counted and not met, or still within its window. */
export const MeasureResultSchema = z.enum(['met', 'not_met', 'pending']);
export type MeasureResult = z.infer<typeof MeasureResultSchema>;

/** Counts of one cell: the numerator (met), the denominator (met + not met) and those whose window is still open. */
export const MeasureCountSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** Events whose window has not closed yet: in neither number. */
  pending: z.number().int(),
  /** numerator / denominator, or null when the denominator is 0. */
  rate: z.number().nullable(),
});
export type MeasureCount = z.infer<typeof MeasureCountSchema>;

/** One measure over the period: by month, by coordinator and by risk level. */
export const MeasureSummarySchema = z.object({
  measure: MeasureIdSchema,
  title: z.string(),
  total: MeasureCountSchema,
  months: z.array(MeasureCountSchema.extend({ month: CalendarMonthSchema })),
  /** `coordinatorId` null: members without a care coordinator. */
  byCoordinator: z.array(MeasureCountSchema.extend({ coordinatorId: IdSchema.nullable(), coordinatorName: z.string() })),
  /** `riskLevel` null: members not screened yet. */
  byRiskLevel: z.array(MeasureCountSchema.extend({ riskLevel: RiskLevelSchema.nullable() })),
});
export type MeasureSummary = z.infer<typeof MeasureSummarySchema>;

/** Response of `GET /api/measures`. */
export const MeasuresReportSchema = z.object({
  from: CalendarMonthSchema,
  to: CalendarMonthSchema,
  /** The day the windows are judged on (today in the organization's time zone). */
  asOf: z.string(),
  /** Whose caseload: null for the whole organization. */
  coordinatorId: IdSchema.nullable(),
  riskLevel: RiskLevelSchema.nullable(),
  /** The setting "care plan within N days of the screening". */
  planDaysAfterScreening: z.number().int(),
  measures: z.array(MeasureSummarySchema),
  /** Coordinators the reader may filter by (only themselves, for a coordinator). */
  coordinators: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type MeasuresReport = z.infer<typeof MeasuresReportSchema>;

/** The most months one report may span. */
export const MAX_MEASURE_MONTHS = 36;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Query of `GET /api/measures` and of its exports: a range of months and optional filters. */
export const MeasuresQuerySchema = z.strictObject({
  from: CalendarMonthSchema.optional(),
  to: CalendarMonthSchema.optional(),
  coordinatorId: IdSchema.optional(),
  riskLevel: RiskLevelSchema.optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'The last month cannot be before the first.' })
  .refine((q) => !q.from || !q.to || monthIndex(q.to) - monthIndex(q.from) < MAX_MEASURE_MONTHS, { path: ['from'], message: `Choose at most ${MAX_MEASURE_MONTHS} months.` });
export type MeasuresQuery = z.infer<typeof MeasuresQuerySchema>;

/** Path parameters naming a measure. */
export const MeasureParamsSchema = z.strictObject({ measureId: MeasureIdSchema });

/** Query of the click-through: the cell whose members to list. */
export const MeasureMembersQuerySchema = z.strictObject({
  from: CalendarMonthSchema.optional(),
  to: CalendarMonthSchema.optional(),
  month: CalendarMonthSchema.optional(),
  coordinatorId: IdSchema.optional(),
  /** `none`: members not screened yet. */
  riskLevel: z.enum([...RiskLevelSchema.options, 'none']).optional(),
  /** `counted`: the denominator (met and not met). */
  result: z.enum([...MeasureResultSchema.options, 'counted']).optional(),
});
export type MeasureMembersQuery = z.infer<typeof MeasureMembersQuerySchema>;

/** One member behind a number. */
export const MeasureMemberSchema = z.object({
  patientId: IdSchema,
  name: z.string(),
  riskLevel: RiskLevelSchema.nullable(),
  month: CalendarMonthSchema,
  /** The event the measure counts (enrollment, screening, discharge, referral, review due…) and its window's last day. */
  anchorDate: z.string(),
  dueDate: z.string(),
  result: MeasureResultSchema,
});
export type MeasureMember = z.infer<typeof MeasureMemberSchema>;

/** The most members one click-through lists. */
export const MAX_MEASURE_MEMBERS = 500;

/** Response of the click-through. */
export const MeasureMembersSchema = z.object({
  measure: MeasureIdSchema,
  title: z.string(),
  members: z.array(MeasureMemberSchema),
  /** How many matched; more than listed when over the limit. */
  total: z.number().int(),
});
export type MeasureMembers = z.infer<typeof MeasureMembersSchema>;

/** Query of the FHIR `MeasureReport` export: one measure, one month. */
export const MeasureReportQuerySchema = z.strictObject({ month: CalendarMonthSchema, coordinatorId: IdSchema.optional() });
