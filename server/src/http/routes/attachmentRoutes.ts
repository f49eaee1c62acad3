import { AttachmentListSchema, AttachmentParamsSchema, AttachmentSchema, PatientParamsSchema, UploadAttachmentQuerySchema } from '@carehuddle/shared';
import type { Response } from 'express';
import { z } from 'zod';
import { tooLargeSentence } from '../../domain/attachments/attachmentSettings';
import { listAttachments, readAttachmentContent } from '../../domain/attachments/readAttachments';
import { uploadAttachment, type UploadLimits } from '../../domain/attachments/uploadAttachment';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The body of an upload is the file's bytes. */
const FileBodySchema = z.instanceof(Buffer, { error: 'Choose a file to attach.' }).refine((b) => b.length > 0, { error: 'The file is empty.' });

/**
 * Headers every served file carries: never sniffed, never cached, and a
 * policy under which the file can run nothing even when opened on its own.
 */
function sendFile(res: Response, file: { contentType: string; content: Buffer; disposition: 'attachment' | 'inline'; fileName: string }): void {
  res.status(200);
  if (file.disposition === 'attachment') res.attachment(file.fileName);
  else res.setHeader('Content-Disposition', 'inline');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // A sandboxed response cannot be downloaded (browsers block downloads from sandboxed documents), so only the inline
  // preview is sandboxed; a download runs nothing either way under `default-src 'none'`.
  res.setHeader('Content-Security-Policy', file.disposition === 'inline' ? "default-src 'none'; img-src 'self'; sandbox" : "default-src 'none'");
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.content);
}

/** Files attached to a patient, plan item, thread or medication: upload, list, download, preview. */
export function attachmentRoutes(services: Services, limits: UploadLimits): AnyRoute[] {
  return [
    defineRoute({
      method: 'post', path: '/api/patients/:patientId/attachments', tag: 'attachments', auth: 'session', status: 201,
      summary: 'Attach a PDF or image (the body is the file; its type is read from its content) to the patient, a plan item, a thread or a reconciliation medication — whoever may add to that target.',
      params: PatientParamsSchema, query: UploadAttachmentQuerySchema, body: FileBodySchema, response: AttachmentSchema,
      rawBody: { limit: limits.settings.maxBytes, tooLarge: tooLargeSentence(limits.settings.maxBytes) },
      handle: ({ actor, params, query, body }) => {
        const { fileName, ...target } = query;
        return uploadAttachment(services, limits, actor, params.patientId, { target, fileName }, body);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/attachments', tag: 'attachments', auth: 'session',
      summary: 'The patient\'s files the viewer may read (each decided from what it is attached to), oldest first.',
      params: PatientParamsSchema, response: AttachmentListSchema,
      handle: async ({ actor, params }) => ({ attachments: await listAttachments(services, actor, params.patientId) }),
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/attachments/:attachmentId/content', tag: 'attachments', auth: 'session',
      summary: 'Download a file (as an attachment, never rendered by the browser); audited on every download.',
      params: AttachmentParamsSchema,
      async handle({ actor, params, res }) {
        const { record, content } = await readAttachmentContent(services, actor, params.patientId, params.attachmentId, 'download');
        sendFile(res, { contentType: record.contentType, content, disposition: 'attachment', fileName: record.fileName });
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/patients/:patientId/attachments/:attachmentId/preview', tag: 'attachments', auth: 'session',
      summary: 'An image file shown inline as a preview (images only; a PDF is only downloaded); audited on every view.',
      params: AttachmentParamsSchema,
      async handle({ actor, params, res }) {
        const { record, content } = await readAttachmentContent(services, actor, params.patientId, params.attachmentId, 'preview');
        sendFile(res, { contentType: record.contentType, content, disposition: 'inline', fileName: record.fileName });
        return undefined;
      },
    }),
  ];
}
