import type { Thread } from '@carehuddle/shared';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ThreadRow } from './ThreadRow';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Threads as a list of collapsed rows that is one Tab stop (a roving
 * tabindex): arrow keys, Home and End move between rows, Enter or Space
 * opens one, and Tab moves on into the open thread or past the list. So a
 * team with fifty threads does not make everything after them fifty Tab
 * presses further away.
 */
export function ThreadList({ threads, expanded, onToggle, focusThreadId, renderThread }: {
  threads: readonly Thread[];
  expanded: ReadonlySet<string>;
  onToggle: (thread: Thread) => void;
  /** A thread to move focus to and scroll into view (a deep link), once it is shown. */
  focusThreadId: string | null;
  renderThread: (thread: Thread, id: string) => ReactNode;
}) {
  const { t } = useTranslation('notes');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const current = threads.some((t) => t.id === currentId) ? currentId : (threads[0]?.id ?? null);

  const focused = useRef<string | null>(null);
  useEffect(() => {
    const target = focusThreadId ? buttons.current.get(focusThreadId) : undefined;
    if (!target || focused.current === focusThreadId) return;
    focused.current = focusThreadId;
    setCurrentId(focusThreadId);
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }, [focusThreadId, threads]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const move = MOVES[event.key];
    const from = threads.findIndex((t) => t.id === current);
    // Only from a row itself: arrow keys inside an open thread's text box move the caret.
    if (!move || from < 0 || !(event.target instanceof HTMLButtonElement) || !event.target.classList.contains('thread-row')) return;
    event.preventDefault();
    const next = threads[move(from, threads.length)]!;
    setCurrentId(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <ul className="thread-list" aria-label={t('list.label')} aria-describedby="thread-list-hint" onKeyDown={onKeyDown}>
      {threads.map((t) => {
        const id = `thread-${t.id}`;
        return (
          <li key={t.id}>
            <ThreadRow thread={t} expanded={expanded.has(t.id)} controls={id} current={t.id === current}
              buttonRef={(el) => { if (el) buttons.current.set(t.id, el); else buttons.current.delete(t.id); }}
              onToggle={() => onToggle(t)} onFocusRow={() => setCurrentId(t.id)} />
            {expanded.has(t.id) && renderThread(t, id)}
          </li>
        );
      })}
    </ul>
  );
}
