import type { CareTeamMember } from '@carehuddle/shared';

/** An `@word` being typed right before the caret: where it starts and what has been typed after the `@`. */
export interface MentionQuery {
  start: number;
  text: string;
}

/**
 * The mention being typed at the caret, if any: an `@` at the start or after
 * a space, followed by at most a few words (names have spaces) and no line break.
 */
export function mentionQueryAt(body: string, caret: number): MentionQuery | null {
  const before = body.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]!))) return null;
  const text = before.slice(at + 1);
  // A space at the end: a name was just completed (or the writer moved on), so nothing is offered until a letter follows.
  if (/\s$/.test(text) || text.includes('\n') || text.length > 40 || text.split(' ').length > 3) return null;
  return { start: at, text };
}

/**
 * Team members whose name matches what was typed (any word starting with it),
 * at most eight, never the writer (`me`): nobody needs to notify themself, and
 * on the member's own page their name in the list reads as if they were a stranger.
 */
export function suggestionsFor(team: readonly CareTeamMember[], query: string, me: string): CareTeamMember[] {
  const typed = query.trim().toLowerCase();
  return team
    .filter((m) => m.userId !== me)
    .filter((m) => typed === '' || m.name.toLowerCase().startsWith(typed) || m.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(typed)))
    .slice(0, 8);
}

/** The body with the typed `@query` replaced by `@Name `, and where the caret goes after it. */
export function insertMention(body: string, query: MentionQuery, caret: number, name: string): { body: string; caret: number } {
  const inserted = `@${name} `;
  return { body: body.slice(0, query.start) + inserted + body.slice(caret), caret: query.start + inserted.length };
}

/** The chosen people whose `@Name` is still in the text (a mention erased from the text is no mention). */
export function mentionsStillIn(body: string, chosen: readonly CareTeamMember[]): string[] {
  return [...new Set(chosen.filter((m) => body.includes(`@${m.name}`)).map((m) => m.userId))];
}
