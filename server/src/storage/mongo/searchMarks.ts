import { MATCH_END, MATCH_START } from '../searchRecords';

/** Characters either side of the first match that a snippet keeps. */
const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

/** Tokens (runs of letters and digits) that begin with one of the words, case-insensitively. */
const tokensStartingWith = (words: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join('|')})[\\p{L}\\p{N}]*`, 'giu');

/**
 * Marks the tokens a search matched, as FTS5's `highlight()` does on the embedded
 * store: MongoDB's text search finds documents but does not say where.
 */
export function markWords(text: string, words: readonly string[]): string {
  if (words.length === 0) return text;
  return text.replace(tokensStartingWith(words), (token) => `${MATCH_START}${token}${MATCH_END}`);
}

/** A passage around the first match (the start when nothing matched), with matches marked; ellipses where it was cut. */
export function markedSnippet(text: string, words: readonly string[]): string {
  const first = words.length > 0 ? text.search(tokensStartingWith(words)) : -1;
  let start = Math.max(0, first - SNIPPET_BEFORE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${markWords(text.slice(start, end), words)}${end < text.length ? '…' : ''}`;
}
