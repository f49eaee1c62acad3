import { PendingNoteRow } from './PendingNoteRow';
import type { Notes, PendingNote } from './useNotes';

/**
 * Notes the server has not stored yet (kept in the browser's outbox): each with
 * why it waits, retry and discard, in one polite live region so that a change
 * is announced once.
 */
export function PendingNotes({ pending, notes }: { pending: readonly PendingNote[]; notes: Notes }) {
  return (
    <div role="status" aria-live="polite">
      {pending.map((p) => <PendingNoteRow key={p.key} note={p} onRetry={() => notes.retry(p.key)} onDiscard={() => notes.discard(p.key)} />)}
    </div>
  );
}
