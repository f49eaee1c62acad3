import { createHash, randomUUID } from 'node:crypto';
import { attachmentTargetKey, type Attachment, type AttachmentTarget } from '@carehuddle/shared';
import type { AttachmentRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, DomainError, forbidden, invalid, notFound } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import type { Services } from '../services';
import { tooLargeSentence, type AttachmentSettings } from './attachmentSettings';
import { targetResolver } from './attachmentTargets';
import { detectAttachmentType } from './contentType';
import { presentAttachment } from './presentAttachment';
import type { UploadRate } from './uploadRate';

/** What uploads are bounded by. */
export interface UploadLimits {
  settings: AttachmentSettings;
  rate: UploadRate;
}

const AUDIT = { action: 'C', type: 'attachment.upload', resourceType: 'DocumentReference' } as const;

/**
 * Attaches a file to a patient, plan item, thread or medication. Refused, and
 * audited, unless the person may add files to that target, is within their
 * hourly budget, and the file is a PDF or an image by its content, within the
 * size limit and the target's file count. The bytes and the row are stored
 * (flushed) before the answer, so an acknowledged file is never lost.
 */
export async function uploadAttachment(
  services: Services, limits: UploadLimits, actor: Actor, patientId: string, input: { target: AttachmentTarget; fileName: string }, content: Uint8Array,
): Promise<Attachment> {
  const access = await requirePatientAccess(services, actor, patientId, AUDIT);
  const { access: allowed, category } = await targetResolver(services, access)(input.target);
  const refuse = async (outcome: 'denied' | 'invalid', reason: 'may not read the target' | 'may not add files to the target' | 'rate limited' | 'not a PDF or image' | 'too large' | 'target full' | 'empty file', error: DomainError) => {
    await services.audit.record({ actor, role: access.membership.role, patientId, ...AUDIT, category, outcome, reason });
    throw error;
  };
  if (allowed === 'none') return refuse('denied', 'may not read the target', notFound('Attachment target'));
  if (allowed === 'read') return refuse('denied', 'may not add files to the target', forbidden('You may read the files here but not add to them.'));
  if (!limits.rate.take(actor.userId)) {
    return refuse('denied', 'rate limited', new DomainError('rate_limited', 'You have added many files in the last hour; please wait before adding more.'));
  }
  if (content.length === 0) return refuse('invalid', 'empty file', invalid('body', 'The file is empty.'));
  if (content.length > limits.settings.maxBytes) {
    const sentence = tooLargeSentence(limits.settings.maxBytes);
    return refuse('invalid', 'too large', new DomainError('payload_too_large', sentence, [{ path: 'body', message: sentence }]));
  }
  const contentType = await detectAttachmentType(content);
  if (!contentType) return refuse('invalid', 'not a PDF or image', invalid('body', 'Only PDF documents and PNG, JPEG, GIF or WebP images can be attached; this file is none of them.'));
  const targetKey = attachmentTargetKey(input.target);
  if (await services.store.attachments.countForTarget(patientId, targetKey) >= limits.settings.maxPerTarget) {
    return refuse('denied', 'target full', conflict(`This already has ${limits.settings.maxPerTarget} files, the most it can hold.`));
  }
  const record: AttachmentRecord = {
    id: randomUUID(), patientId, target: JSON.stringify(input.target), targetKey, fileName: input.fileName, contentType, size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'), uploadedBy: actor.userId, uploadedAt: services.clock.now().toISOString(),
  };
  await services.store.attachments.insert(record, content);
  await services.audit.record({ actor, role: access.membership.role, patientId, ...AUDIT, resourceId: record.id, category, outcome: 'success' });
  return presentAttachment(record, actor.name);
}
