import { planDocumentName, type PlanAudience } from '@carehuddle/shared';
import { planContent } from '../plans/planContent';
import { storedStateUpTo } from '../plans/storedState';
import type { Services } from '../services';

/** One item of a plan document, flattened for mapping to FHIR. */
export interface PlanItem {
  audience: PlanAudience;
  section: string;
  id: string;
  title: string;
  /** The item's structured fields (status, dates, owner…), as written. */
  fields: Record<string, string>;
  /** Its rich-text notes as plain text ('' when empty). */
  notes: string;
  /** Who last changed it and when (attribution), else when it was created. */
  lastUpdated: string;
  lastUpdatedBy: string | null;
}

/** Rich text is stored as Tiptap XML; FHIR `Annotation.text` gets the words, one paragraph a line. */
function plainText(xml: unknown): string {
  if (typeof xml !== 'string') return '';
  return xml.replace(/<\/(paragraph|listItem|heading)>/g, '\n').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\n{2,}/g, '\n').trim();
}

/**
 * The items of the given plan documents as stored: every edit the server has
 * acknowledged is in the store, so a read needs no live room.
 */
export async function readPlanItems(services: Services, patientId: string, audiences: readonly PlanAudience[], fallbackTime: string): Promise<PlanItem[]> {
  const items: PlanItem[] = [];
  for (const audience of audiences) {
    const name = planDocumentName(patientId, audience);
    const [state, attribution] = await Promise.all([storedStateUpTo(services.store.documents, name, Number.MAX_SAFE_INTEGER), services.store.documents.attribution(name)]);
    const changed = new Map(attribution.map((a) => [a.itemKey, a]));
    for (const [section, entries] of Object.entries(planContent(state, audience))) {
      for (const [id, raw] of Object.entries(entries)) {
        if (typeof raw !== 'object' || raw === null) continue;
        const { title, notes, ...rest } = raw as Record<string, unknown>;
        const fields: Record<string, string> = {};
        for (const [key, value] of Object.entries(rest)) if (typeof value === 'string' && value !== '') fields[key] = value;
        const last = changed.get(`${section}/${id}`);
        items.push({
          audience, section, id, title: typeof title === 'string' ? title : '', fields, notes: plainText(notes),
          // An item is never older than its creation, whatever clock stamped the attribution.
          lastUpdated: [last?.at, fields.createdAt].filter((t): t is string => !!t).sort().pop() ?? fallbackTime, lastUpdatedBy: last?.userId ?? null,
        });
      }
    }
  }
  return items;
}
