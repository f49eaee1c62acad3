import { z } from 'zod';
import { PLAN_AUDIENCES } from '../realtime/documents';
import { IdSchema } from './ids';

/** The longest search a person may type: a phrase, not a document. */
export const SEARCH_QUERY_MAX_CHARS = 200;
/** Words of a search beyond this many are ignored (each one narrows the results; more add only cost). */
export const SEARCH_MAX_WORDS = 8;
/** The most results of each kind (patients, notes and plan text) one search returns. */
export const SEARCH_MAX_RESULTS = 50;

/** The words of a search: runs of letters and digits, lower-cased, at most `SEARCH_MAX_WORDS`. */
export function searchWords(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, SEARCH_MAX_WORDS);
}

/** Query of `GET /api/search`. */
export const SearchQuerySchema = z.strictObject({
  /** What to look for: words of a name, a member number, a date of birth, or of a note or the plan. */
  q: z.string({ error: 'Type what you are looking for.' }).trim()
    .min(2, 'Type at least 2 letters or digits to search.')
    .max(SEARCH_QUERY_MAX_CHARS, `Search for at most ${SEARCH_QUERY_MAX_CHARS} characters.`)
    .refine((q) => searchWords(q).length > 0, 'Type at least one word or number to search for.'),
  /** How many results of each kind (20 unless asked). */
  limit: z.coerce.number({ error: 'The number of results must be a number.' }).int().min(1).max(SEARCH_MAX_RESULTS, `Ask for at most ${SEARCH_MAX_RESULTS} results.`).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** Text with the words that matched marked, as pieces: the client renders each as text, so nothing in it is ever markup. */
export const HighlightedTextSchema = z.array(z.strictObject({
  /** The piece of text, as typed by whoever wrote it. */
  text: z.string(),
  /** Whether the piece matched the search. */
  match: z.boolean(),
}));
export type HighlightedText = z.infer<typeof HighlightedTextSchema>;

/** A patient whose name, member number or date of birth matched. */
export const PatientSearchHitSchema = z.strictObject({
  patientId: IdSchema,
  /** The name, with the matched words marked. */
  name: HighlightedTextSchema,
  /** The member number, marked where it matched. */
  memberNumber: HighlightedTextSchema,
  /** The date of birth (YYYY-MM-DD), marked where it matched. */
  dateOfBirth: HighlightedTextSchema,
});
export type PatientSearchHit = z.infer<typeof PatientSearchHitSchema>;

/** Where a matching passage lives. */
export const SearchSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('note'), threadId: IdSchema, noteId: IdSchema }),
  z.strictObject({
    kind: z.literal('plan'),
    /** The plan document (shared, clinical, …). */
    audience: z.enum(PLAN_AUDIENCES),
    /** The section (`needs`, `goals`, …) or `summary` for the plan summary. */
    section: z.string(),
    /** The item's id, or null for the plan summary. */
    itemId: z.string().nullable(),
  }),
]);
export type SearchSource = z.infer<typeof SearchSourceSchema>;

/** A huddle note or a plan passage that matched. */
export const ContentSearchHitSchema = z.strictObject({
  patientId: IdSchema,
  /** The patient's name, so a result is understood without opening it. */
  patientName: z.string(),
  source: SearchSourceSchema,
  /** A plan item's title, or the section's title for the summary; a note's thread has none (empty). */
  title: HighlightedTextSchema,
  /** The passage around the matched words. */
  snippet: HighlightedTextSchema,
});
export type ContentSearchHit = z.infer<typeof ContentSearchHitSchema>;

/** Answer of `GET /api/search`: best matches first, only what the searcher may read. */
export const SearchResultsSchema = z.strictObject({
  patients: z.array(PatientSearchHitSchema),
  content: z.array(ContentSearchHitSchema),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;
