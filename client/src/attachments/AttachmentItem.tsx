import type { Attachment } from '@carehuddle/shared';
import { attachmentEndpoints } from '../api/attachmentEndpoints';

/** A size as people read it. */
function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const KIND_WORDS: Record<Attachment['contentType'], string> = {
  'application/pdf': 'PDF', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image', 'image/gif': 'GIF image', 'image/webp': 'WebP image',
};

/** One file: a preview for images (opening the full image), the download link, and who added it when. */
export function AttachmentItem({ patientId, file }: { patientId: string; file: Attachment }) {
  const preview = attachmentEndpoints.previewUrl(patientId, file.id);
  return (
    <li className="attachment">
      {file.previewable && (
        <a href={preview} target="_blank" rel="noopener noreferrer" className="attachment-preview">
          <img src={preview} alt={`Preview of ${file.fileName}`} className="attachment-thumb" loading="lazy" />
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
      <div className="attachment-text">
        <a href={attachmentEndpoints.contentUrl(patientId, file.id)} download={file.fileName} className="attachment-name">
          {file.fileName}<span className="visually-hidden">, download</span>
        </a>
        <span className="muted">{KIND_WORDS[file.contentType]}, {sizeOf(file.size)} · {file.uploadedBy.name}, {new Date(file.uploadedAt).toLocaleString()}</span>
      </div>
    </li>
  );
}
