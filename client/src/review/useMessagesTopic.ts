import type { NoteAnchor } from '@carehuddle/shared';
import { useMemo, useRef, useState } from 'react';
import type { Notes } from '../notes/useNotes';

/** What the family-side messages panel shows: the whole plan's conversation (`title` null) or one item's. */
export interface MessagesTopic { anchor: NoteAnchor; title: string | null }

const WHOLE_PLAN: MessagesTopic = { anchor: { kind: 'patient' }, title: null };

/**
 * The messages panel of the caregiver's and the member's pages: which topic it
 * shows, the discussion context that opens an item's conversation from the plan,
 * and the panel's element, scrolled into view on a phone (where it sits below).
 */
export function useMessagesTopic(notes: Notes) {
  const [topic, setTopic] = useState<MessagesTopic>(WHOLE_PLAN);
  const messages = useRef<HTMLDivElement>(null);
  const discussion = useMemo(() => ({
    notes,
    open: (anchor: NoteAnchor, title: string) => {
      setTopic({ anchor, title });
      messages.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
  }), [notes]);
  return { topic, showWholePlan: () => setTopic(WHOLE_PLAN), messages, discussion };
}
