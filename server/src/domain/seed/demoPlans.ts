import { planDocumentName, type PlanAudience } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Store } from '../../storage/port';

/** Items of one section of a demo plan: a title and the section's fields. */
type DemoItems = ReadonlyArray<Record<string, string>>;
/** A demo plan: items per section per document (medications are seeded by demoMedications.ts). */
export type DemoPlan = Partial<Record<PlanAudience, Record<string, DemoItems>>>;

/** Rosa Delgado's shared plan, in her own words, so that the demo opens on a plan worth discussing with her family. */
export const ROSA_PLAN: DemoPlan = {
  shared: {
    goals: [
      { title: 'Walk to the corner store and back without getting short of breath', status: 'active', targetDate: '2027-03-01', proposedBy: 'Rosa' },
      { title: 'Stay at home, with help from my daughter Elena', status: 'active', proposedBy: 'Rosa' },
    ],
    whatMatters: [{ title: 'Sunday lunch with the grandchildren' }],
    preferences: [{ title: 'Appointments in the morning; Spanish-speaking staff when possible' }],
  },
};

/** Writes a demo plan as one stored update per document, authored by the lead coordinator. */
export async function seedDemoPlan(store: Store, patientId: string, plan: DemoPlan, authorId: string, at: string): Promise<void> {
  for (const [audience, sections] of Object.entries(plan) as Array<[PlanAudience, Record<string, DemoItems>]>) {
    const doc = new Y.Doc();
    for (const [section, items] of Object.entries(sections)) {
      for (const fields of items) {
        const item = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) item.set(key, value);
        item.set('createdAt', at);
        item.set('notes', new Y.XmlFragment());
        doc.getMap(section).set(randomUUID(), item);
      }
    }
    await store.documents.append(planDocumentName(patientId, audience), [{ update: Y.encodeStateAsUpdate(doc), userId: authorId, at }]);
    doc.destroy();
  }
}
