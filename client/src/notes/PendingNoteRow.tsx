import { PendingRow } from '../outbox/PendingRow';
import type { PendingNote } from './usePendingNotes';

/** A note the server has not stored yet: what it says, why it waits, and retry or discard. */
export function PendingNoteRow({ note, onRetry, onDiscard }: { note: PendingNote; onRetry: () => void; onDiscard: () => void }) {
  return <PendingRow what={note.body} thing="this note" state={note.state} error={note.error} onRetry={onRetry} onDiscard={onDiscard} />;
}
