import { z } from 'zod';
import { TaskStatusSchema } from './tasks';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';

/** One agenda line: a patient to review, or a topic. */
export const AgendaItemInputSchema = z.strictObject({
  /** The patient to review, if any. */
  patientId: IdSchema.optional(),
  /** What to discuss. */
  topic: z.string().trim().min(1).max(200),
});

/** Body of `POST /api/conferences` (care coordinators). */
export const ScheduleConferenceInputSchema = z.strictObject({
  /** E.g. "Tuesday interdisciplinary huddle". */
  title: z.string().trim().min(1).max(120),
  /** When it starts. */
  scheduledFor: InstantSchema,
  /** The agenda, in order. */
  agenda: z.array(AgendaItemInputSchema).min(1).max(30),
  /** Who is invited (besides the coordinator scheduling it). */
  inviteeIds: z.array(IdSchema).max(50).default([]),
});
export type ScheduleConferenceInput = z.infer<typeof ScheduleConferenceInputSchema>;

/** A decision captured during a conference. */
export const DecisionSchema = z.object({ id: IdSchema, agendaItemId: IdSchema, text: z.string(), by: z.string(), at: InstantSchema });
/** An action item: it becomes a task in the patient's plan. */
export const ActionItemSchema = z.object({
  id: IdSchema, agendaItemId: IdSchema, patientId: IdSchema, title: z.string(), ownerId: IdSchema, ownerName: z.string(), dueDate: CalendarDateSchema,
  /** Where its task stands now (null for action items recorded before tasks existed); the owner shown is the task's current owner. */
  taskStatus: TaskStatusSchema.nullable(),
});

/** A conference as presented to its invitees. */
export const ConferenceSchema = z.object({
  id: IdSchema,
  title: z.string(),
  scheduledFor: InstantSchema,
  chair: z.object({ userId: IdSchema, name: z.string() }),
  agenda: z.array(z.object({ id: IdSchema, patientId: IdSchema.nullable(), patientName: z.string().nullable(), topic: z.string() })),
  invitees: z.array(z.object({ userId: IdSchema, name: z.string() })),
  currentAgendaItemId: IdSchema.nullable(),
  timerEndsAt: InstantSchema.nullable(),
  presenter: z.object({ userId: IdSchema, name: z.string(), patientId: IdSchema.nullable(), section: z.string().nullable() }).nullable(),
  decisions: z.array(DecisionSchema),
  actionItems: z.array(ActionItemSchema),
});
export type Conference = z.infer<typeof ConferenceSchema>;

/** The summary after a conference: who came, what was decided, what is to be done, which threads. */
export const ConferenceSummarySchema = z.object({
  conference: ConferenceSchema,
  attendees: z.array(z.object({ userId: IdSchema, name: z.string(), firstJoinedAt: InstantSchema })),
  linkedThreadIds: z.array(IdSchema),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummarySchema>;

/** Path parameters naming a conference. */
export const ConferenceParamsSchema = z.strictObject({ conferenceId: IdSchema });

/** Socket events of a conference. */
export const ConferenceRefInputSchema = z.strictObject({ conferenceId: IdSchema });
export const SetAgendaItemInputSchema = z.strictObject({ conferenceId: IdSchema, agendaItemId: IdSchema });
export const SetTimerInputSchema = z.strictObject({ conferenceId: IdSchema, minutes: z.number().int().min(1).max(120).nullable() });
export const PresentInputSchema = z.strictObject({ conferenceId: IdSchema, patientId: IdSchema.nullable(), section: z.string().regex(/^[a-zA-Z]{1,40}$/).nullable() });
export const DecisionInputSchema = z.strictObject({ conferenceId: IdSchema, agendaItemId: IdSchema, text: z.string().trim().min(1).max(2000) });
export const ActionItemInputSchema = z.strictObject({
  conferenceId: IdSchema, agendaItemId: IdSchema, title: z.string().trim().min(1).max(200), ownerId: IdSchema, dueDate: CalendarDateSchema,
});
