import { PLAN_AUDIENCES, type ContentSearchHit, type HighlightedText, type SearchSource } from '@carehuddle/shared';
import { MATCH_END, MATCH_START } from '../../storage/searchRecords';
import type { SearchEntryHit } from '../../storage/port';
import type { SearchRef } from './searchEntries';

/** Marked text from the store as pieces: the client shows each as text and the matched ones highlighted, so no text is ever markup. */
export function highlightedText(marked: string): HighlightedText {
  const pieces: HighlightedText = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text !== '') pieces.push({ text, match });
    text = '';
  };
  for (const ch of marked) {
    if (ch === MATCH_START || ch === MATCH_END) {
      flush();
      match = ch === MATCH_START;
    } else {
      text += ch;
    }
  }
  flush();
  return pieces;
}

/** An entry's stored ref, or null when it is not one this version writes (such a hit is left out, never guessed at). */
export function refOf(hit: Pick<SearchEntryHit, 'ref'>): SearchRef | null {
  try {
    const ref = JSON.parse(hit.ref) as Partial<SearchRef>;
    if (ref.kind === 'note' && typeof ref.threadId === 'string' && typeof ref.noteId === 'string' && typeof ref.category === 'string') return ref as SearchRef;
    if (ref.kind === 'plan' && PLAN_AUDIENCES.includes(ref.audience as never) && typeof ref.section === 'string' && typeof ref.category === 'string') return ref as SearchRef;
  } catch {
    // Fall through: unreadable.
  }
  return null;
}

/** Where a hit leads, as the client is told. */
export function sourceOf(ref: SearchRef): SearchSource {
  return ref.kind === 'note'
    ? { kind: 'note', threadId: ref.threadId, noteId: ref.noteId }
    : { kind: 'plan', audience: ref.audience, section: ref.section, itemId: ref.itemId };
}

/** A passage hit as the searcher sees it. */
export function presentContentHit(hit: SearchEntryHit, ref: SearchRef, patientName: string): ContentSearchHit {
  return { patientId: hit.patientId, patientName, source: sourceOf(ref), title: highlightedText(hit.title), snippet: highlightedText(hit.snippet) };
}
