import type { Attachment } from '@carehuddle/shared';
import { useTranslation } from 'react-i18next';
import { attachmentEndpoints } from '../api/attachmentEndpoints';
import { useDates } from '../format/useDates';

/** A size as people read it, with the language's digits and unit words ("1.5 MB", "1,5 MB"). */
function sizeOf(bytes: number, language: string): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [Math.round(bytes / 1024), 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
}

const KINDS: Record<Attachment['contentType'], 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp'> = {
  'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/webp': 'webp',
};

/** One file: a preview for images (opening the full image), the download link, and who added it when. */
export function AttachmentItem({ patientId, file }: { patientId: string; file: Attachment }) {
  const { t, i18n } = useTranslation('files');
  const dates = useDates();
  const preview = attachmentEndpoints.previewUrl(patientId, file.id);
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <li className="attachment">
      {file.previewable && (
        <a href={preview} target="_blank" rel="noopener noreferrer" className="attachment-preview">
          <img src={preview} alt={t('previewOf', { name: file.fileName })} className="attachment-thumb" loading="lazy" />
          <span className="visually-hidden">{t('newTab')}</span>
        </a>
      )}
      <div className="attachment-text">
        <a href={attachmentEndpoints.contentUrl(patientId, file.id)} download={file.fileName} className="attachment-name">
          {file.fileName}<span className="visually-hidden">{t('download')}</span>
        </a>
        <span className="muted">{t('addedBy', { kind: t(`kinds.${KINDS[file.contentType]}`), size: sizeOf(file.size, language), name: file.uploadedBy.name, when: dates.dateTime(file.uploadedAt) })}</span>
      </div>
    </li>
  );
}
