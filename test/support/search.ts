import type { ContentSearchHit, HighlightedText, SearchResults } from '@carehuddle/shared';
import type { ApiClient } from './http';

/** Searches as a signed-in client; fails loudly on anything but 200. */
export async function searchAs(client: ApiClient, q: string): Promise<SearchResults> {
  const res = await client.get(`/api/search?q=${encodeURIComponent(q)}`);
  if (res.status !== 200) throw new Error(`search for "${q}" answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as SearchResults;
}

/** Highlighted text as it reads. */
export const plain = (text: HighlightedText): string => text.map((p) => p.text).join('');

/** The pieces of highlighted text that matched. */
export const matched = (text: HighlightedText): string[] => text.filter((p) => p.match).map((p) => p.text);

/** The plan item ids of a search's plan hits, best first. */
export const planItems = (results: SearchResults): Array<string | null> =>
  results.content.flatMap((h: ContentSearchHit) => (h.source.kind === 'plan' ? [h.source.itemId] : []));
