import type { Note } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';

/** The author edits or retracts their note (the coordinator may retract any); earlier text stays on the record. */
export function NoteActions({ note, canRetract, onEdit, onRetract }: {
  note: Note;
  canRetract: boolean;
  onEdit: ((body: string) => void) | null;
  onRetract: (reason: string) => void;
}) {
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
        <label htmlFor={`${mode}-${note.id}`}>{mode === 'edit' ? 'Edit note' : 'Reason for retracting'}</label>
        <input id={`${mode}-${note.id}`} value={text} onChange={(e) => setText(e.target.value)} required />
        <button type="submit" className="button small">{mode === 'edit' ? 'Save' : 'Retract'}</button>
        <button type="button" className="link" onClick={() => setMode('idle')}>Cancel</button>
      </form>
    );
  }
  return (
    <span className="note-actions">
      {onEdit && <button type="button" className="link" onClick={() => { setText(note.body ?? ''); setMode('edit'); }}>Edit</button>}
      {canRetract && <button type="button" className="link" onClick={() => { setText(''); setMode('retract'); }}>Retract</button>}
      {note.revisionCount > 0 && <span className="muted"> · {note.revisionCount} earlier version{note.revisionCount > 1 ? 's' : ''} kept</span>}
    </span>
  );
}
