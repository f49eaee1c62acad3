import * as Y from 'yjs';
import type { PlanIntervention } from '../../domain/tasks/projectInterventions';

const text = (item: Y.Map<unknown>, key: string): string => {
  const value = item.get(key);
  return typeof value === 'string' ? value : '';
};

/** The `interventions` section of a clinical plan document as plain entries; entries that are not item maps are skipped. */
export function interventionsOf(doc: Y.Doc): PlanIntervention[] {
  const out: PlanIntervention[] = [];
  for (const [id, item] of doc.getMap<unknown>('interventions').entries()) {
    if (!(item instanceof Y.Map)) continue;
    const entry = item as Y.Map<unknown>;
    out.push({
      id, title: text(entry, 'title'), owner: text(entry, 'owner'), dueDate: text(entry, 'dueDate'), status: text(entry, 'status'),
      goalId: text(entry, 'goalId') || null, source: text(entry, 'source'),
    });
  }
  return out;
}

/** Task fields a command writes back into an intervention. */
export function setInterventionFields(doc: Y.Doc, id: string, fields: Record<string, string>): void {
  const item = doc.getMap<unknown>('interventions').get(id);
  if (!(item instanceof Y.Map)) return;
  for (const [key, value] of Object.entries(fields)) if (item.get(key) !== value) item.set(key, value);
}
