import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';
import { RiskLevelSchema } from './patient';
import { CareTeamRoleSchema } from './roles';
import { TaskSchema } from './tasks';
import { DueStatusSchema, WorkItemSchema } from './tracking';

/**
 * One patient's status in "My patients" and in a coordinator's caseload: the
 * counts come from the same deadlines as the worklist, so the two agree.
 */
export const PatientStatusRowSchema = z.object({
  /** Opaque patient id. */
  id: IdSchema,
  /** Full name. */
  name: z.string(),
  /** Member or medical record number (searchable). */
  memberNumber: z.string(),
  /** Risk level, or null when not yet screened. */
  riskLevel: RiskLevelSchema.nullable(),
  /** The signed-in user's role on this patient's team. */
  myRole: CareTeamRoleSchema,
  /** The lead care coordinator, if the team has one. */
  coordinator: z.object({ userId: IdSchema, name: z.string() }).nullable(),
  /** The health screening deadline's status, as the worklist shows it (null when the reader sees no tracking). */
  screening: DueStatusSchema.nullable(),
  /** Deadlines past their due date (not counting those with documented attempts to reach). */
  overdue: z.number().int().nonnegative(),
  /** Deadlines due today. */
  dueToday: z.number().int().nonnegative(),
  /** Deadlines due within the next 7 days. */
  dueSoon: z.number().int().nonnegative(),
  /** Open and in-progress tasks the reader may see. */
  openTasks: z.number().int().nonnegative(),
  /** The last day the member or their caregiver was reached. */
  lastReachedOn: CalendarDateSchema.nullable(),
  /** Not reached in the last 30 days (or never). */
  notReachedIn30Days: z.boolean(),
});
export type PatientStatusRow = z.infer<typeof PatientStatusRowSchema>;

/** Response of `GET /api/patient-overview`: every patient on my care teams with their status. */
export const PatientOverviewSchema = z.object({ patients: z.array(PatientStatusRowSchema) });
export type PatientOverview = z.infer<typeof PatientOverviewSchema>;

/** A thread with activity the reader has not seen (no note text: the start page names who and where). */
export const UnreadThreadSchema = z.object({
  threadId: IdSchema,
  patientId: IdSchema,
  patientName: z.string(),
  /** Who wrote the latest note. */
  lastAuthorName: z.string(),
  lastActivityAt: InstantSchema,
  /** A note in it mentions the reader. */
  mentionsMe: z.boolean(),
});
export type UnreadThread = z.infer<typeof UnreadThreadSchema>;

/** A conference on today's calendar. */
export const TodayConferenceSchema = z.object({ id: IdSchema, title: z.string(), scheduledFor: InstantSchema, chairName: z.string() });
export type TodayConference = z.infer<typeof TodayConferenceSchema>;

/** Response of `GET /api/today`: the start page, one request. */
export const TodaySchema = z.object({
  /** The organization's calendar day. */
  today: CalendarDateSchema,
  /** The numbers the navigation shows. `overdue` equals the worklist's. */
  counts: z.object({
    overdue: z.number().int().nonnegative(),
    dueToday: z.number().int().nonnegative(),
    mentions: z.number().int().nonnegative(),
    unreadThreads: z.number().int().nonnegative(),
  }),
  /** Worklist deadlines that are overdue or due today, oldest first. */
  deadlines: z.array(WorkItemSchema),
  /** My open tasks due today or earlier. */
  tasks: z.array(TaskSchema),
  /** Threads with unseen activity, mentions first. */
  threads: z.array(UnreadThreadSchema),
  /** Conferences scheduled today (organization time zone). */
  conferences: z.array(TodayConferenceSchema),
  /** Patients I coordinate not reached in 30 days. */
  notReached: z.array(PatientStatusRowSchema),
  /** For a coordinator: every patient they coordinate, worst first. Empty for other roles. */
  caseload: z.array(PatientStatusRowSchema),
});
export type Today = z.infer<typeof TodaySchema>;
