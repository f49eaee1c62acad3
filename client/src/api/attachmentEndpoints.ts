import type { Attachment, AttachmentList, AttachmentTarget } from '@carehuddle/shared';
import { api, apiErrorOf, ApiRequestError } from './http';

const base = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/attachments`;

/** An upload under way: its answer, and how to stop it. */
export interface Upload {
  done: Promise<Attachment>;
  cancel: () => void;
}

/** Thrown (as the upload's answer) when the person cancelled it. */
export class UploadCancelled extends Error {}

/** Typed calls to the attachments API. */
export const attachmentEndpoints = {
  list: (patientId: string) => api<AttachmentList>('GET', base(patientId)),
  /** Where a file is downloaded from (the server answers with `Content-Disposition: attachment`). */
  contentUrl: (patientId: string, id: string) => `${base(patientId)}/${encodeURIComponent(id)}/content`,
  /** Where an image's inline preview is served from. */
  previewUrl: (patientId: string, id: string) => `${base(patientId)}/${encodeURIComponent(id)}/preview`,
  /**
   * Sends a file as the request body with XMLHttpRequest, whose upload events
   * report progress (fetch cannot report it for uploads). The body is always
   * `application/octet-stream`: the server reads the type from the content.
   */
  upload(patientId: string, target: AttachmentTarget, file: File, onProgress: (fraction: number) => void): Upload {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams([...Object.entries(target), ['fileName', file.name]]);
    const path = `${base(patientId)}?${query.toString()}`;
    const done = new Promise<Attachment>((resolve, reject) => {
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
      xhr.onload = () => {
        let data: unknown = null;
        try {
          data = JSON.parse(xhr.responseText);
        } catch {
          // Not JSON: reported as a general failure below.
        }
        if (xhr.status === 201) resolve(data as Attachment);
        else reject(apiErrorOf(xhr.status, data, path));
      };
      xhr.onerror = () => reject(new ApiRequestError(0, 'network', 'Cannot reach CareHuddle. Check your connection and try again.'));
      xhr.onabort = () => reject(new UploadCancelled('cancelled'));
    });
    xhr.open('POST', path);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.send(file);
    return { done, cancel: () => xhr.abort() };
  },
};
