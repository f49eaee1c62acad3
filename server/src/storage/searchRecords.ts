/**
 * Marks around matched words in text a search returns (STX … ETX): control
 * characters no indexed text contains (the indexer strips them), so the
 * domain can turn marked text into pieces without any markup.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** One searchable passage: a plan item (or the plan summary) or a huddle note. */
export interface SearchEntryRecord {
  /** Unique key, e.g. `note:<noteId>` or `plan:<patientId>:<audience>:<section>:<itemId>`. */
  key: string;
  /** Entries that are replaced together: a plan document's name, or a note's key. */
  group: string;
  kind: 'note' | 'plan';
  patientId: string;
  /**
   * Who may read it, in the domain's words (`<patientId>:plan:clinical`). The store
   * only compares it: a search names the scopes its searcher holds.
   */
  scope: string;
  /** Where it leads (JSON the domain wrote and reads back). */
  ref: string;
  title: string;
  body: string;
  updatedAt: string;
}

/** A search as the store runs it. */
export interface SearchTextQuery {
  /** Lower-cased words of letters and digits; every one must match (a word matches words it begins). */
  words: readonly string[];
  limit: number;
}

/** A passage that matched, best first. */
export interface SearchEntryHit {
  key: string;
  kind: SearchEntryRecord['kind'];
  patientId: string;
  scope: string;
  ref: string;
  /** The title, matches marked with MATCH_START/MATCH_END. */
  title: string;
  /** A short passage of the body around the matches, marked likewise (the start of the body when only the title matched). */
  snippet: string;
}

/** A patient whose name, member number or date of birth matched, best first; each field marked where it matched. */
export interface PatientSearchMatch {
  patientId: string;
  name: string;
  memberNumber: string;
  dateOfBirth: string;
}
