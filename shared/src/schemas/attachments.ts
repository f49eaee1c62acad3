import { z } from 'zod';
import { PLAN_AUDIENCES } from '../realtime/documents';
import { IdSchema, InstantSchema } from './ids';

/**
 * The kinds of file CareHuddle keeps, decided from the bytes (never the name):
 * PDF documents and the image formats every browser shows. SVG is left out on
 * purpose: it is a document that can carry script, not a picture.
 */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const AttachmentTypeSchema = z.enum(ATTACHMENT_TYPES);
export type AttachmentType = z.infer<typeof AttachmentTypeSchema>;

/** Types shown inline as a preview; a PDF is only ever downloaded. */
export function isPreviewable(type: AttachmentType): boolean {
  return type.startsWith('image/');
}

/** What an attachment belongs to; whoever may read that thing may read its files. */
export const AttachmentTargetSchema = z.discriminatedUnion('kind', [
  /** The patient's record (a discharge summary, a signed consent form). */
  z.strictObject({ kind: z.literal('patient') }),
  /** An item of a plan document. */
  z.strictObject({
    kind: z.literal('planItem'),
    /** Which plan document holds the item. */
    audience: z.enum(PLAN_AUDIENCES),
    /** The section, e.g. `goals`, `medications`. */
    section: z.string().regex(/^[a-zA-Z]{1,40}$/, 'must be a section name'),
    /** The item's stable id in the plan document. */
    itemId: IdSchema,
  }),
  /** A huddle-note thread. */
  z.strictObject({ kind: z.literal('thread'), threadId: IdSchema }),
  /** One medication row of a medication reconciliation. */
  z.strictObject({ kind: z.literal('medication'), reconciliationId: IdSchema, itemId: IdSchema }),
]);
export type AttachmentTarget = z.infer<typeof AttachmentTargetSchema>;

/** A key naming one target, the same for every way of writing it (limits count per target). */
export function attachmentTargetKey(target: AttachmentTarget): string {
  switch (target.kind) {
    case 'patient': return 'patient';
    case 'planItem': return `planItem:${target.audience}:${target.section}:${target.itemId}`;
    case 'thread': return `thread:${target.threadId}`;
    case 'medication': return `medication:${target.reconciliationId}:${target.itemId}`;
  }
}

/** Longest file name kept (characters); longer names are refused with a sentence. */
export const MAX_ATTACHMENT_NAME_LENGTH = 200;

/**
 * The name a person gave the file, for display and the download's name only:
 * never a path, never used to decide the type. Folders a browser may include are dropped.
 */
export const AttachmentFileNameSchema = z.string({ error: 'Give the file a name.' })
  .transform((name) => name.split(/[\\/]/).pop()!.replace(/\p{Cc}/gu, '').trim())
  .pipe(z.string().min(1, 'Give the file a name.').max(MAX_ATTACHMENT_NAME_LENGTH, `A file name can be at most ${MAX_ATTACHMENT_NAME_LENGTH} characters.`));

const withName = <T extends z.ZodRawShape>(target: z.ZodObject<T>) => target.extend({ fileName: AttachmentFileNameSchema });

/** Query of `POST /api/patients/:patientId/attachments`: the target and the file's name (the body is the file itself). */
export const UploadAttachmentQuerySchema = z.discriminatedUnion('kind', [
  withName(AttachmentTargetSchema.options[0]),
  withName(AttachmentTargetSchema.options[1]),
  withName(AttachmentTargetSchema.options[2]),
  withName(AttachmentTargetSchema.options[3]),
]);
export type UploadAttachmentQuery = z.input<typeof UploadAttachmentQuerySchema>;

/** Path of one attachment. */
export const AttachmentParamsSchema = z.strictObject({
  /** Opaque patient id. */
  patientId: IdSchema,
  /** Opaque attachment id. */
  attachmentId: IdSchema,
});

/** One attached file, as the people who may read its target see it. */
export const AttachmentSchema = z.object({
  /** Opaque id. */
  id: IdSchema,
  /** What it is attached to. */
  target: AttachmentTargetSchema,
  /** The name it was uploaded with (display only). */
  fileName: z.string(),
  /** The type found in its content. */
  contentType: AttachmentTypeSchema,
  /** Size in bytes. */
  size: z.number().int().positive(),
  /** Whether an inline preview is served (images). */
  previewable: z.boolean(),
  /** Who attached it. */
  uploadedBy: z.object({ userId: IdSchema, name: z.string() }),
  /** When it was stored. */
  uploadedAt: InstantSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Answer of `GET /api/patients/:patientId/attachments`: every file the viewer may read, oldest first. */
export const AttachmentListSchema = z.object({ attachments: z.array(AttachmentSchema) });
export type AttachmentList = z.infer<typeof AttachmentListSchema>;
