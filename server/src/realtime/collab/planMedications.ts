import * as Y from 'yjs';
import type { PlanMedication } from '../../domain/plans/planWriter';

const text = (item: Y.Map<unknown>, key: string): string => {
  const value = item.get(key);
  return typeof value === 'string' ? value : '';
};

/**
 * The `medications` section of a clinical plan document as plain entries, in
 * the order they were added (as the plan shows them). Entries that are not
 * item maps (hand-made or legacy content) are not medications and are skipped.
 */
export function medicationsOf(doc: Y.Doc): PlanMedication[] {
  const entries: Array<[string, Y.Map<unknown>]> = [];
  for (const [itemId, item] of doc.getMap<unknown>('medications').entries()) if (item instanceof Y.Map) entries.push([itemId, item as Y.Map<unknown>]);
  entries.sort(([, a], [, b]) => text(a, 'createdAt').localeCompare(text(b, 'createdAt')));
  return entries.map(([itemId, item]) => ({
    itemId, name: text(item, 'title'), dose: text(item, 'dose'), route: text(item, 'route'), frequency: text(item, 'frequency'),
    prescriber: text(item, 'prescriber'), indication: text(item, 'indication'), source: text(item, 'source'),
  }));
}
