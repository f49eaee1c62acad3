import type { AttachmentTarget } from '@carehuddle/shared';
import type { ApiClient } from './http';

/** A real 1×1 PNG. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A small PDF (header, an object, a trailer). */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** The start of a Windows program (its `MZ` header and DOS stub). */
export const EXE_BYTES = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0), Buffer.from('This program cannot be run in DOS mode.')]);

/** The query naming a target and the file's name, as the client sends it. */
export function uploadPath(patientId: string, target: AttachmentTarget, fileName: string): string {
  const query = new URLSearchParams([...Object.entries(target), ['fileName', fileName]]);
  return `/api/patients/${patientId}/attachments?${query.toString()}`;
}

/** Uploads a file as the browser does: the bytes as the body, typed as a plain byte stream. */
export function upload(client: ApiClient, patientId: string, target: AttachmentTarget, fileName: string, bytes: Uint8Array): Promise<Response> {
  return client.request('POST', uploadPath(patientId, target, fileName), bytes, { 'content-type': 'application/octet-stream' });
}
