import type { PendingNote } from './usePendingNotes';

const WHY: Record<PendingNote['state'], string> = {
  sending: 'Sending…',
  waiting: 'Not sent yet. It is kept on this device and sent when the connection is back.',
  refused: 'Not sent yet.',
};

/** A note the server has not stored yet: what it says, why it waits, and retry or discard. */
export function PendingNoteRow({ note, onRetry, onDiscard }: { note: PendingNote; onRetry: () => void; onDiscard: () => void }) {
  return (
    <div className={`pending-note ${note.state}`}>
      <p dir="auto">{note.body}</p>
      <p className="muted">
        {WHY[note.state]}{note.error ? ` ${note.error}` : ''}
        {note.state !== 'sending' && (
          <>
            {' '}<button type="button" className="link" onClick={onRetry}>Retry<span className="visually-hidden"> sending this note</span></button>
            {' '}<button type="button" className="link" onClick={onDiscard}>Discard<span className="visually-hidden"> this note</span></button>
          </>
        )}
      </p>
    </div>
  );
}
