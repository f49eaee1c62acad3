import { AttachmentTypeSchema, type AttachmentType } from '@carehuddle/shared';
import { fileTypeFromBuffer } from 'file-type';

/**
 * The file's type as its bytes say (magic numbers, via `file-type`), or null
 * when it is not one CareHuddle keeps. The name and the type the browser
 * claimed are never consulted: a program renamed `.pdf` is still a program.
 */
export async function detectAttachmentType(content: Uint8Array): Promise<AttachmentType | null> {
  const found = await fileTypeFromBuffer(content);
  const parsed = AttachmentTypeSchema.safeParse(found?.mime);
  return parsed.success ? parsed.data : null;
}
