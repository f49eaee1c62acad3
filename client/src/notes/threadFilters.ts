import type { NoteAnchor, Thread } from '@carehuddle/shared';

/** Which threads the panel lists. */
export type ThreadFilter = 'all' | 'about' | 'open' | 'resolved' | 'mentions';

/** The filters in the order shown; "about" names the item the panel is about. */
export function filterLabels(topic: string): Array<{ value: ThreadFilter; label: string }> {
  return [
    { value: 'all', label: 'All threads' },
    { value: 'about', label: `About ${topic}` },
    { value: 'open', label: 'Open' },
    { value: 'resolved', label: 'Resolved' },
    { value: 'mentions', label: 'Mentions me' },
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
