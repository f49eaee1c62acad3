import { useTranslation } from 'react-i18next';
import { PendingRow } from '../outbox/PendingRow';
import type { PendingNote } from './usePendingNotes';

/** A note the server has not stored yet: what it says, why it waits, and retry or discard. */
export function PendingNoteRow({ note, onRetry, onDiscard }: { note: PendingNote; onRetry: () => void; onDiscard: () => void }) {
  const { t } = useTranslation('notes');
  return <PendingRow what={note.body} thing={t('pendingThisNote')} state={note.state} error={note.error} onRetry={onRetry} onDiscard={onDiscard} />;
}
