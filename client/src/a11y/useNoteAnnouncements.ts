import type { Thread } from '@carehuddle/shared';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from './Announcer';

type ThreadNotes = Pick<Thread, 'notes'>;

/** What the notes connection tells the announcer: notes already shown, and notes that arrived live. */
export interface NoteAnnouncements {
  /** Notes loaded with the page or on catching up: shown, not news. */
  seen(threads: readonly ThreadNotes[]): void;
  /** A thread changed live: its notes by someone else, not seen before, are announced. */
  arrived(thread: ThreadNotes): void;
}

/**
 * Announces, politely, a huddle note someone else posted while the panel is
 * open ("New huddle note from Grace Miller."). A note that mentions me is left
 * to the mention's own announcement, so it is not said twice.
 */
export function useNoteAnnouncements(myId: string | undefined): NoteAnnouncements {
  const { t } = useTranslation('notes');
  const announce = useAnnounce();
  const known = useRef(new Set<string>());
  return useMemo(() => ({
    seen(threads) {
      for (const thread of threads) for (const note of thread.notes) known.current.add(note.id);
    },
    arrived(thread) {
      for (const note of thread.notes) {
        if (known.current.has(note.id)) continue;
        known.current.add(note.id);
        if (note.author.userId !== myId && (myId === undefined || !note.mentions.includes(myId))) announce(t('announceNew', { name: note.author.name }));
      }
    },
  }), [announce, myId, t]);
}
