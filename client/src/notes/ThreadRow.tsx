import type { Thread } from '@carehuddle/shared';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** The first line of a thread's first note: what a collapsed thread is called (`retracted` when its first note was retracted). */
export function firstLineOf(thread: Thread, retracted: string): string {
  const first = thread.notes[0];
  if (!first || first.body === null) return retracted;
  return first.body.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

/**
 * A collapsed thread: who started it, its first line, replies and whether
 * anything is unread, as one button that opens it. Only the current row is
 * in the Tab order; arrow keys move between rows (see ThreadList).
 */
export function ThreadRow({ thread, expanded, controls, current, buttonRef, onToggle, onFocusRow }: {
  thread: Thread;
  expanded: boolean;
  controls: string;
  current: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
  onFocusRow: () => void;
}) {
  const { t } = useTranslation('notes');
  const replies = Math.max(thread.notes.length - 1, 0);
  return (
    <button ref={buttonRef} type="button" className={`thread-row${thread.unread ? ' unread' : ''}${thread.resolved ? ' resolved' : ''}`}
      aria-expanded={expanded} aria-controls={expanded ? controls : undefined} tabIndex={current ? 0 : -1} onClick={onToggle} onFocus={onFocusRow}>
      <span className="thread-row-top">
        {thread.unread && <><span className="badge unread-badge" aria-hidden="true">{t('row.new')}</span><span className="visually-hidden">{t('row.unread')}</span></>}
        <span className="thread-author">{thread.notes[0]?.author.name ?? t('row.formerMember')}</span>
        {thread.visibility === 'family' && <span className="badge family-badge">{t('row.sharedWithFamily')}</span>}
        {thread.resolved && <span className="badge">{t('row.resolved')}</span>}
        <span className="muted thread-replies">{t('row.replies', { count: replies })}</span>
      </span>
      <span className="thread-first-line" dir="auto">{firstLineOf(thread, t('row.retractedNote'))}</span>
    </button>
  );
}
