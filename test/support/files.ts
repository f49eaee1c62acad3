import { crc32, deflateSync } from 'node:zlib';
import type { AttachmentTarget } from '@carehuddle/shared';
import type { ApiClient } from './http';

/** A real 1×1 PNG. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A PNG of one colour, `size` pixels square (a stand-in for a photo that shows in a screenshot). */
export function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => [r, g, b][i % 3]!)]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

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
