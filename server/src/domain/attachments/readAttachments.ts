import { createHash } from 'node:crypto';
import { isPreviewable, AttachmentTypeSchema, type Attachment } from '@carehuddle/shared';
import type { AttachmentRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { DomainError, notFound } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import type { Services } from '../services';
import { targetOf, targetResolver } from './attachmentTargets';
import { presentAttachments } from './presentAttachment';

const RESOURCE = 'DocumentReference';

/**
 * Every file of a patient the person may read (each decided from its target),
 * oldest first; the family side sees files on what is shared with them only.
 */
export async function listAttachments(services: Services, actor: Actor, patientId: string): Promise<Attachment[]> {
  const access = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'attachment.list' });
  const resolve = targetResolver(services, access);
  const records = await services.store.attachments.listForPatient(patientId);
  const readable: AttachmentRecord[] = [];
  for (const record of records) if ((await resolve(targetOf(record))).access !== 'none') readable.push(record);
  await services.audit.record({ actor, role: access.membership.role, patientId, action: 'R', type: 'attachment.list', resourceType: RESOURCE, outcome: 'success' });
  return presentAttachments(services, readable);
}

/** How a file is being read: downloaded (any file), or previewed inline (images only). */
export type ReadPurpose = 'download' | 'preview';

/**
 * One file's bytes, for someone who may read its target; audited on every
 * read before a byte is sent. Anyone else gets "not found" (audited), so a
 * file's existence never leaks beyond its target's audience.
 */
export async function readAttachmentContent(
  services: Services, actor: Actor, patientId: string, attachmentId: string, purpose: ReadPurpose,
): Promise<{ record: AttachmentRecord; content: Buffer }> {
  const type = `attachment.${purpose}`;
  const access = await requirePatientAccess(services, actor, patientId, { action: 'R', type });
  const record = await services.store.attachments.find(patientId, attachmentId);
  const resolved = record ? await targetResolver(services, access)(targetOf(record)) : null;
  const audit = { actor, role: access.membership.role, patientId, action: 'R', type, resourceType: RESOURCE, resourceId: attachmentId, category: resolved?.category ?? null } as const;
  if (!record || !resolved || resolved.access === 'none') {
    await services.audit.record({ ...audit, outcome: 'denied', reason: record ? 'may not read the target' : 'no such attachment' });
    throw notFound('Attachment');
  }
  if (purpose === 'preview' && !isPreviewable(AttachmentTypeSchema.parse(record.contentType))) {
    await services.audit.record({ ...audit, outcome: 'invalid', reason: 'no preview for this type' });
    throw new DomainError('not_found', 'This file has no preview; download it instead.');
  }
  const content = await services.store.attachments.content(record.id);
  // Read back whole and unchanged, or not at all: a damaged file is never served as the record.
  if (!content || createHash('sha256').update(content).digest('hex') !== record.sha256) {
    await services.audit.record({ ...audit, outcome: 'failed', reason: 'content missing or damaged' });
    throw new DomainError('unavailable', 'This file cannot be read right now.');
  }
  await services.audit.record({ ...audit, outcome: 'success' });
  return { record, content };
}
