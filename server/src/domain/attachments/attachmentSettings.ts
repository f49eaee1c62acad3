/** What one person may make the server hold in attached files. */
export interface AttachmentSettings {
  /** Largest file accepted, in bytes (`ATTACHMENT_MAX_MB`). */
  maxBytes: number;
  /** Most files on one target: a patient, plan item, thread or medication (`ATTACHMENTS_PER_TARGET`). */
  maxPerTarget: number;
  /** Uploads one person may make in an hour (`ATTACHMENT_UPLOADS_PER_HOUR`). */
  uploadsPerHour: number;
}

/** Defaults: a scanned discharge summary or a phone photo fits in 10 MB. */
export const DEFAULT_ATTACHMENT_SETTINGS: AttachmentSettings = { maxBytes: 10 * 1024 * 1024, maxPerTarget: 20, uploadsPerHour: 60 };

/** A size in megabytes as people say it ("10 MB", "0.5 MB"). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : Number(mb.toFixed(1))} MB`;
}
