import type { NoteAnchor, Thread } from '@carehuddle/shared';
import type { TFunction } from 'i18next';

/** Which threads the panel lists. */
export type ThreadFilter = 'all' | 'about' | 'open' | 'resolved' | 'mentions';

/** The filters in the order shown (words from the notes catalog); "about" names the item the panel is about. */
export function filterLabels(t: TFunction<'notes'>, topic: string): Array<{ value: ThreadFilter; label: string }> {
  return [
    { value: 'all', label: t('filters.all') },
    { value: 'about', label: t('filters.about', { topic }) },
    { value: 'open', label: t('filters.open') },
    { value: 'resolved', label: t('filters.resolved') },
    { value: 'mentions', label: t('filters.mentions') },
  ];
}

/** Whether two anchors name the same thing. */
export const sameAnchor = (a: NoteAnchor, b: NoteAnchor): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The threads a filter keeps, in the order given (newest activity first). */
export function filterThreads(threads: readonly Thread[], filter: ThreadFilter, context: { anchor: NoteAnchor; me: string }): Thread[] {
  const keep: Record<ThreadFilter, (t: Thread) => boolean> = {
    all: () => true,
    about: (t) => sameAnchor(t.anchor, context.anchor),
    open: (t) => !t.resolved,
    resolved: (t) => t.resolved,
    mentions: (t) => t.notes.some((n) => n.retracted === null && n.mentions.includes(context.me)),
  };
  return threads.filter(keep[filter]);
}
