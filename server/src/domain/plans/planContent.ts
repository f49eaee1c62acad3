import { PLAN_SECTIONS, type PlanAudience, type PlanItemChange } from '@carehuddle/shared';
import { isDeepStrictEqual } from 'node:util';
import * as Y from 'yjs';

/** A plan document's sections as plain JSON (items by id). */
export type PlanContent = Record<string, Record<string, unknown>>;

/** Reads the sections of an encoded plan document. */
export function planContent(state: Uint8Array, audience: PlanAudience): PlanContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const content: PlanContent = {};
  for (const section of PLAN_SECTIONS[audience]) content[section] = doc.getMap(section).toJSON();
  doc.destroy();
  return content;
}

/** What was added, changed and removed, item by item, between a version and now. */
export function diffPlanContent(before: PlanContent, after: PlanContent): PlanItemChange[] {
  const changes: PlanItemChange[] = [];
  for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[section] ?? {};
    const now = after[section] ?? {};
    for (const itemId of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (!(itemId in was)) changes.push({ section, itemId, change: 'added', after: now[itemId] });
      else if (!(itemId in now)) changes.push({ section, itemId, change: 'removed', before: was[itemId] });
      else if (!isDeepStrictEqual(was[itemId], now[itemId])) changes.push({ section, itemId, change: 'changed', before: was[itemId], after: now[itemId] });
    }
  }
  return changes;
}
