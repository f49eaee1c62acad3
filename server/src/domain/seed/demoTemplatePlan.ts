import { planDocumentName, type PlanAudience } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { Store } from '../../storage/port';
import { newPlanItem, writeTemplateClinical, writeTemplateGoals } from '../planTemplates/templateDocuments';
import { templateContent } from '../planTemplates/templateLibrary';
import { selectTemplateItems } from '../planTemplates/templateSelection';

/** Stores one seeded document as a single attributed update, as if it had been typed. */
async function storeDocument(store: Store, patientId: string, audience: PlanAudience, doc: Y.Doc, userId: string, at: string): Promise<void> {
  const name = planDocumentName(patientId, audience);
  const keys = Object.entries({ goals: doc.getMap('goals'), needs: doc.getMap('needs'), interventions: doc.getMap('interventions') })
    .flatMap(([section, items]) => [...items.keys()].map((id) => `${section}/${id}`));
  await store.documents.append(name, [{ update: Y.encodeStateAsUpdate(doc), userId, at }]);
  await store.documents.recordAttribution(name, keys.map((itemKey) => ({ itemKey, userId, at })));
  doc.destroy();
}

/**
 * Walter Kim's plan, built by his coordinator from version 1 of the diabetes
 * template with the eye-exam task unticked, plus a goal of his own that no need
 * links to yet (the tree shows it as unlinked). The template has since been
 * edited into version 2 by the admin, so the demo shows a plan naming an older version.
 */
export async function seedTemplatePlan(store: Store, patientId: string, coordinatorId: string, adminId: string, now: Date, today: string): Promise<void> {
  const record = await store.planTemplates.find('diabetes', 1);
  if (!record) return;
  const content = templateContent(record);
  const at = now.toISOString();
  const write = selectTemplateItems(content, ['dm-int-eye'], today, randomUUID, { id: randomUUID(), templateId: record.id, version: 1, title: content.title, appliedAt: at });
  const shared = new Y.Doc();
  writeTemplateGoals(shared, write);
  shared.getMap('goals').set('demo-goal-walter-walk', newPlanItem({ title: 'Walk 30 minutes after dinner, five days a week', status: 'active', targetValue: '5 walks a week', proposedBy: 'Walter' }, new Date(now.getTime() + 100).toISOString()));
  await storeDocument(store, patientId, 'shared', shared, coordinatorId, at);
  const clinical = new Y.Doc();
  writeTemplateClinical(clinical, write, coordinatorId);
  await storeDocument(store, patientId, 'clinical', clinical, coordinatorId, at);

  const edited = structuredClone(content);
  edited.needs[0]?.goals[1]?.interventions.push({ id: 'dm-int-statin', title: 'Review statin therapy with the PCP', dueInDays: 30 });
  if (!(await store.planTemplates.find('diabetes', 2))) {
    await store.planTemplates.insertVersion({ id: 'diabetes', version: 2, title: edited.title, data: JSON.stringify(edited), createdBy: adminId, createdAt: at });
  }
}
