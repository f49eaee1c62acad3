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

/** A size limit as people say it ("10 MB", "1.5 MB", "64 KB"). */
function sizeWords(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The sentence a person gets for a file over the limit. */
export function tooLargeSentence(maxBytes: number): string {
  return `Files can be at most ${sizeWords(maxBytes)}.`;
}
