import { ATTACHMENT_TYPES, type AttachmentTarget } from '@carehuddle/shared';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentEndpoints, UploadCancelled } from '../api/attachmentEndpoints';
import { ApiRequestError } from '../api/http';
import { describeError } from '../components/ErrorMessage';
import { AttachmentItem } from './AttachmentItem';
import { useAttachments } from './AttachmentsContext';

interface Uploading {
  name: string;
  fraction: number;
  cancel: () => void;
}

/** Why an upload failed, as a sentence for beside the file field. */
function uploadMessage(error: unknown): string {
  if (error instanceof ApiRequestError && error.fields[0]) return error.fields[0].message;
  if (error instanceof ApiRequestError && (error.status === 409 || error.status === 429 || error.status === 413)) return error.message;
  return describeError(error);
}

/**
 * The files on one target (a patient, plan item, thread or medication), with
 * previews of images; and, for those who may add files there, a file field
 * whose upload shows its progress and can be cancelled. Renders nothing on a
 * page that does not load the patient's files.
 */
export function AttachmentPanel({ target, label, canAdd }: { target: AttachmentTarget; label: string; canAdd: boolean }) {
  const { t } = useTranslation('files');
  const files = useAttachments();
  const inputId = useId();
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const current = useRef<Uploading | null>(null);
  // Leaving the page stops an upload nobody would see finish.
  useEffect(() => () => current.current?.cancel(), []);
  if (!files) return null;
  const list = files.on(target);
  if (list.length === 0 && !canAdd) return null;

  const start = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after a failure) starts again.
    event.target.value = '';
    if (!file) return;
    setError(null);
    setCancelled(false);
    const upload = attachmentEndpoints.upload(files.patientId, target, file, (fraction) => setUploading((u) => (u ? { ...u, fraction } : u)));
    const state = { name: file.name, fraction: 0, cancel: upload.cancel };
    current.current = state;
    setUploading(state);
    upload.done.then(
      () => files.reload(),
      (e: unknown) => (e instanceof UploadCancelled ? setCancelled(true) : setError(uploadMessage(e))),
    ).finally(() => {
      current.current = null;
      setUploading(null);
    });
  };

  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  return (
    <div className="attachments" role="group" aria-label={t('group', { label })}>
      {list.length > 0 && (
        <ul className="attachment-list">
          {list.map((a) => <AttachmentItem key={a.id} patientId={files.patientId} file={a} />)}
        </ul>
      )}
      {canAdd && (
        <div className="attachment-upload no-print">
          {/* The target's name is in aria-label, not in hidden text, so it is never found as text on the page a second time. */}
          <label htmlFor={inputId}>{t('attach')}</label>
          <input id={inputId} type="file" aria-label={t('attachTo', { label })} accept={ATTACHMENT_TYPES.join(',')} onChange={start} disabled={uploading !== null}
            aria-invalid={error !== null} aria-describedby={error ? `${hintId} ${errorId}` : hintId} />
          <p className="muted attachment-hint" id={hintId}>{t('hint')}</p>
          {uploading && (
            <div className="attachment-progress" role="status">
              <progress value={uploading.fraction} max={1} aria-label={t('uploading', { name: uploading.name })} />
              <span>{Math.round(uploading.fraction * 100)}%</span>
              <button type="button" className="button secondary small" onClick={uploading.cancel} aria-label={t('cancelUploadOf', { name: uploading.name })}>{t('cancelUpload')}</button>
            </div>
          )}
          {cancelled && <p className="muted" role="status">{t('cancelled')}</p>}
          {error && <p className="field-error" id={errorId} role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
