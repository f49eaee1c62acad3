import type { Note } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The author edits or retracts their note (the coordinator may retract any); earlier text stays on the record. */
export function NoteActions({ note, canRetract, onEdit, onRetract }: {
  note: Note;
  canRetract: boolean;
  onEdit: ((body: string) => void) | null;
  onRetract: (reason: string) => void;
}) {
  const { t } = useTranslation('notes');
  const [mode, setMode] = useState<'idle' | 'edit' | 'retract'>('idle');
  const [text, setText] = useState('');
  if (note.retracted) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (mode === 'edit') onEdit?.(text);
    if (mode === 'retract') onRetract(text);
    setMode('idle');
  };
  if (mode !== 'idle') {
    return (
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor={`${mode}-${note.id}`}>{mode === 'edit' ? t('actions.editNote') : t('actions.retractReason')}</label>
        <input id={`${mode}-${note.id}`} value={text} onChange={(e) => setText(e.target.value)} required />
        <button type="submit" className="button small">{mode === 'edit' ? t('actions.save') : t('actions.retract')}</button>
        <button type="button" className="link" onClick={() => setMode('idle')}>{t('actions.cancel')}</button>
      </form>
    );
  }
  return (
    <span className="note-actions">
      {onEdit && <button type="button" className="link" onClick={() => { setText(note.body ?? ''); setMode('edit'); }}>{t('actions.edit')}</button>}
      {canRetract && <button type="button" className="link" onClick={() => { setText(''); setMode('retract'); }}>{t('actions.retract')}</button>}
      {note.revisionCount > 0 && <span className="muted"> · {t('actions.earlierVersions', { count: note.revisionCount })}</span>}
    </span>
  );
}
