import { PLAN_ITEM_FIELDS, PLAN_SECTIONS, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import * as Y from 'yjs';
import type { NoteRecord, SearchEntryRecord, ThreadRecord } from '../../storage/port';
import { anchorOf, threadAuditCategory } from '../notes/threadAccess';
import { paragraphsOf } from '../sharing/planCopyText';
import { noteScope, planScope } from './searchScopes';

/** Bounds on one passage, so one huge note or plan item cannot make the index hold without limit. */
const MAX_TITLE_CHARS = 500;
const MAX_BODY_CHARS = 20_000;

/** Where an entry leads, stored as its `ref` (with the audit category of what it shows). */
export type SearchRef =
  | { kind: 'note'; threadId: string; noteId: string; category: string }
  | { kind: 'plan'; audience: PlanAudience; section: string; itemId: string | null; category: string };

/**
 * Text as indexed: control characters (the store's match marks among them)
 * become spaces, so marked text can always be split back into pieces.
 */
export function searchableText(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').slice(0, max);
}

/** The group of a note's one entry; it names the patient so that a stale note can be found again. */
export const noteGroup = (patientId: string, noteId: string): string => `note:${patientId}:${noteId}`;

/** A note's entry; none for a retracted note (its words no longer stand). */
export function noteEntries(thread: ThreadRecord, note: NoteRecord, now: string): SearchEntryRecord[] {
  if (note.retractedAt !== null) return [];
  const ref: SearchRef = { kind: 'note', threadId: thread.id, noteId: note.id, category: threadAuditCategory(thread) };
  const group = noteGroup(note.patientId, note.id);
  return [{
    key: group, group, kind: 'note', patientId: note.patientId, scope: noteScope(note.patientId, thread.visibility, anchorOf(thread)),
    ref: JSON.stringify(ref), title: '', body: searchableText(note.body, MAX_BODY_CHARS), updatedAt: now,
  }];
}

/** An item's searchable words: its free-text fields and its notes (choices such as a status are not words anyone searches). */
function itemBody(section: PlanSection, item: Record<string, unknown>): string {
  const fields = PLAN_ITEM_FIELDS[section].filter((f) => f.kind === 'text').map((f) => item[f.key]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [...fields, ...paragraphsOf(item.notes)].join('\n');
}

/** The passages of a stored plan document: its summary and each item of each section. */
export function planEntries(docName: string, patientId: string, audience: PlanAudience, state: Uint8Array, now: string): SearchEntryRecord[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const entry = (section: string, itemId: string | null, title: string, body: string): SearchEntryRecord => {
      const ref: SearchRef = { kind: 'plan', audience, section, itemId, category: audience };
      return {
        key: `${docName}:${section}:${itemId ?? ''}`, group: docName, kind: 'plan', patientId, scope: planScope(patientId, audience),
        ref: JSON.stringify(ref), title: searchableText(title, MAX_TITLE_CHARS), body: searchableText(body, MAX_BODY_CHARS), updatedAt: now,
      };
    };
    const entries: SearchEntryRecord[] = [];
    const summary = paragraphsOf(doc.getXmlFragment('summary').toJSON()).join('\n');
    if (summary !== '') entries.push(entry('summary', null, '', summary));
    for (const section of PLAN_SECTIONS[audience] as readonly PlanSection[]) {
      for (const [itemId, value] of doc.getMap<unknown>(section).entries()) {
        if (!(value instanceof Y.Map)) continue;
        const item = value.toJSON() as Record<string, unknown>;
        const title = typeof item.title === 'string' ? item.title : '';
        const body = itemBody(section, item);
        if (title.trim() !== '' || body !== '') entries.push(entry(section, itemId, title, body));
      }
    }
    return entries;
  } finally {
    doc.destroy();
  }
}
