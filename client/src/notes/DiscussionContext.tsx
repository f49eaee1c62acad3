import type { NoteAnchor } from '@carehuddle/shared';
import { createContext, useContext } from 'react';
import type { Notes } from './useNotes';

/** Lets any plan item open its discussion and show how many threads it has. */
export interface Discussion {
  notes: Notes;
  open: (anchor: NoteAnchor, title: string) => void;
}

/** Provided by the plan page. */
export const DiscussionContext = createContext<Discussion | null>(null);

/** The discussion of the current plan page, if any. */
export function useDiscussion(): Discussion | null {
  return useContext(DiscussionContext);
}

/** Threads anchored to one plan item. */
export function threadsAbout(notes: Notes, itemId: string): { count: number; unread: boolean } {
  const about = notes.threads.filter((t) => t.anchor.kind === 'planItem' && t.anchor.itemId === itemId);
  return { count: about.length, unread: about.some((t) => t.unread) };
}
