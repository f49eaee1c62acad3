import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';

/** How the team tried to reach someone. */
export const OutreachChannelSchema = z.enum(['phone', 'text', 'letter', 'in_person', 'video', 'portal']);
/** Who the attempt reached, if anyone. */
export const OutreachReachedSchema = z.enum(['member', 'caregiver', 'provider', 'nobody']);
/** How it went; every outcome but `reached` is unsuccessful. */
export const OutreachOutcomeSchema = z.enum(['reached', 'left_message', 'wrong_number', 'declined', 'unable_to_reach']);
/** What the attempt was for. */
export const OutreachPurposeSchema = z.enum(['screening', 'follow_up', 'annual_review', 'task']);
export type OutreachPurpose = z.infer<typeof OutreachPurposeSchema>;

/** Body of `POST /api/patients/:patientId/outreach`: one contact attempt. */
export const NewOutreachAttemptSchema = z.strictObject({
  channel: z.enum(OutreachChannelSchema.options, { error: 'Choose how you tried to reach them.' }),
  direction: z.enum(['outbound', 'inbound']).default('outbound'),
  reached: z.enum(OutreachReachedSchema.options, { error: 'Choose who was reached.' }),
  outcome: z.enum(OutreachOutcomeSchema.options, { error: 'Choose how it went.' }),
  /** Day of the attempt; not in the future. */
  attemptedOn: z.iso.date({ error: 'Enter the day of the attempt.' }),
  note: z.string().trim().max(500, 'Keep the note under 500 characters.').default(''),
  nextAttemptOn: z.iso.date({ error: 'Enter the next attempt as a date.' }).nullable().default(null),
  purpose: z.enum(OutreachPurposeSchema.options, { error: 'Choose what the attempt was for.' }),
  /** The task (or tracked item) it was for, when there is one. */
  targetId: IdSchema.nullable().default(null),
}).refine((a) => a.outcome !== 'reached' || a.reached !== 'nobody', { path: ['reached'], message: 'Choose who was reached.' });
export type NewOutreachAttempt = z.infer<typeof NewOutreachAttemptSchema>;

/** One recorded attempt. */
export const OutreachAttemptSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  channel: OutreachChannelSchema,
  direction: z.enum(['outbound', 'inbound']),
  reached: OutreachReachedSchema,
  outcome: OutreachOutcomeSchema,
  attemptedOn: CalendarDateSchema,
  note: z.string(),
  nextAttemptOn: CalendarDateSchema.nullable(),
  purpose: OutreachPurposeSchema,
  targetId: IdSchema.nullable(),
  by: z.object({ userId: IdSchema, name: z.string() }),
  recordedAt: InstantSchema,
});
export type OutreachAttempt = z.infer<typeof OutreachAttemptSchema>;

/** Response of `GET /api/patients/:patientId/outreach`, newest first. */
export const OutreachLogSchema = z.object({ attempts: z.array(OutreachAttemptSchema) });
