import { z } from 'zod';
import { IdempotencyKeySchema } from './idempotency';
import { PLAN_AUDIENCES } from '../realtime/documents';
import { IdSchema, InstantSchema } from './ids';
import { AuthorRoleSchema } from './roles';

/** What a thread is about: the patient, one plan item (by its stable id), or a conference agenda item. */
export const NoteAnchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('patient') }),
  z.strictObject({
    kind: z.literal('planItem'),
    /** Which plan document holds the item. */
    audience: z.enum(PLAN_AUDIENCES),
    /** The section, e.g. `goals`, `medications`. */
    section: z.string().regex(/^[a-zA-Z]{1,40}$/),
    /** The item's stable id in the plan document. */
    itemId: IdSchema,
  }),
  z.strictObject({ kind: z.literal('agendaItem'), conferenceId: IdSchema, agendaItemId: IdSchema }),
]);
export type NoteAnchor = z.infer<typeof NoteAnchorSchema>;

/** Team-only (default) or shared with the family caregivers the patient allows. */
export const ThreadVisibilitySchema = z.enum(['team', 'family']);
export type ThreadVisibility = z.infer<typeof ThreadVisibilitySchema>;

/** Longest note body accepted (characters). */
export const MAX_NOTE_LENGTH = 10_000;

const Body = z.string().trim().min(1, 'A note cannot be empty.').max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`);
const Mentions = z.array(IdSchema).max(20).default([]);
/** A client-chosen key so that a retried send never stores a note twice. */
const IdempotencyKey = IdempotencyKeySchema;

/** `note:create` — start a thread. */
export const CreateThreadInputSchema = z.strictObject({
  patientId: IdSchema,
  anchor: NoteAnchorSchema.default({ kind: 'patient' }),
  visibility: ThreadVisibilitySchema.default('team'),
  /** Plain text with light markdown; rendered as text, never as HTML. */
  body: Body,
  /** User ids of care team members to notify. */
  mentions: Mentions,
  idempotencyKey: IdempotencyKey,
});
export type CreateThreadInput = z.infer<typeof CreateThreadInputSchema>;

/** `note:reply` — reply in a thread. */
export const ReplyInputSchema = z.strictObject({ patientId: IdSchema, threadId: IdSchema, body: Body, mentions: Mentions, idempotencyKey: IdempotencyKey });
export type ReplyInput = z.infer<typeof ReplyInputSchema>;

/** `note:edit` — change a note's text; earlier text is kept as a revision. */
export const EditNoteInputSchema = z.strictObject({ patientId: IdSchema, noteId: IdSchema, body: Body, mentions: Mentions });
export type EditNoteInput = z.infer<typeof EditNoteInputSchema>;

/** `note:retract` — withdraw a note with a reason; a stub stays visible. */
export const RetractNoteInputSchema = z.strictObject({ patientId: IdSchema, noteId: IdSchema, reason: z.string().trim().min(1).max(500) });
export type RetractNoteInput = z.infer<typeof RetractNoteInputSchema>;

/** How long after retracting a note the person who retracted it may undo that. */
export const UNRETRACT_WINDOW_MS = 2 * 60_000;

/** `note:unretract` — the undo of a retraction, by whoever retracted the note, within `UNRETRACT_WINDOW_MS`. */
export const UnretractNoteInputSchema = z.strictObject({ patientId: IdSchema, noteId: IdSchema });
export type UnretractNoteInput = z.infer<typeof UnretractNoteInputSchema>;

/** `thread:resolve`, `thread:reopen`, `thread:markRead`. */
export const ThreadRefInputSchema = z.strictObject({ patientId: IdSchema, threadId: IdSchema });
export type ThreadRefInput = z.infer<typeof ThreadRefInputSchema>;

/** `thread:typing` — not stored. */
export const TypingInputSchema = z.strictObject({ patientId: IdSchema, threadId: IdSchema, typing: z.boolean() });
export type TypingInput = z.infer<typeof TypingInputSchema>;

/** `patient:join` / `patient:leave`. */
export const PatientRoomInputSchema = z.strictObject({ patientId: IdSchema });
export type PatientRoomInput = z.infer<typeof PatientRoomInputSchema>;

/** `notes:since` — everything that changed after the last activity the client saw. */
export const NotesSinceInputSchema = z.strictObject({ patientId: IdSchema, since: z.number().int().min(0) });
export type NotesSinceInput = z.infer<typeof NotesSinceInputSchema>;

/** A note as presented. */
export const NoteSchema = z.object({
  id: IdSchema,
  threadId: IdSchema,
  /** Who wrote it, with the badge the server stamps beside the name. */
  author: z.object({ userId: IdSchema, name: z.string(), role: AuthorRoleSchema }),
  /** Null once retracted. */
  body: z.string().nullable(),
  mentions: z.array(IdSchema),
  createdAt: InstantSchema,
  editedAt: InstantSchema.nullable(),
  /** Number of earlier versions kept. */
  revisionCount: z.number().int(),
  retracted: z.object({ by: z.string(), at: InstantSchema, reason: z.string() }).nullable(),
});
export type Note = z.infer<typeof NoteSchema>;

/** A thread with its notes, as presented. */
export const ThreadSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  anchor: NoteAnchorSchema,
  visibility: ThreadVisibilitySchema,
  resolved: z.boolean(),
  createdAt: InstantSchema,
  lastActivityAt: InstantSchema,
  /** Per-patient, increasing with every change: the catch-up cursor. */
  activitySeq: z.number().int(),
  notes: z.array(NoteSchema),
  /** For the viewer: is there activity they have not read? */
  unread: z.boolean(),
});
export type Thread = z.infer<typeof ThreadSchema>;

/** One page of threads, newest activity first. */
export const ThreadPageSchema = z.object({ threads: z.array(ThreadSchema), nextCursor: z.number().int().nullable() });
export type ThreadPage = z.infer<typeof ThreadPageSchema>;

/** Query of the thread list. */
export const ThreadListQuerySchema = z.strictObject({
  cursor: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Query of the catch-up route. */
export const NotesSinceQuerySchema = z.strictObject({ since: z.coerce.number().int().min(0) });

/** Path parameters naming a thread. */
export const ThreadParamsSchema = z.strictObject({ patientId: IdSchema, threadId: IdSchema });

/** Changes after a cursor. */
export const NoteChangesSchema = z.object({ threads: z.array(ThreadSchema), latest: z.number().int() });
export type NoteChanges = z.infer<typeof NoteChangesSchema>;
