import { AttachmentTypeSchema, isPreviewable, type Attachment } from '@carehuddle/shared';
import type { AttachmentRecord } from '../../storage/port';
import type { Services } from '../services';
import { targetOf } from './attachmentTargets';

/** The only way an attachment's details leave the server. */
export function presentAttachment(record: AttachmentRecord, uploaderName: string): Attachment {
  const contentType = AttachmentTypeSchema.parse(record.contentType);
  return {
    id: record.id, target: targetOf(record), fileName: record.fileName, contentType, size: record.size,
    previewable: isPreviewable(contentType), uploadedBy: { userId: record.uploadedBy, name: uploaderName }, uploadedAt: record.uploadedAt,
  };
}

/** Presents several, naming each uploader once. */
export async function presentAttachments(services: Services, records: readonly AttachmentRecord[]): Promise<Attachment[]> {
  const names = new Map((await services.store.users.findManyByIds([...new Set(records.map((r) => r.uploadedBy))])).map((u) => [u.id, u.name]));
  return records.map((r) => presentAttachment(r, names.get(r.uploadedBy) ?? 'Former member'));
}
