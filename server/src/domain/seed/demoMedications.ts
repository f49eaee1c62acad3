import { planDocumentName } from '@carehuddle/shared';
import * as Y from 'yjs';
import type { Store } from '../../storage/port';

/** Rosa Delgado's medication list after her recent hospital stay: enough for a believable reconciliation. */
export const DEMO_MEDICATIONS = [
  { id: 'demo-med-furosemide', title: 'Furosemide', dose: '40 mg', route: 'oral', frequency: 'once daily', prescriber: 'Dr. Anita Patel (St. Mary Medical Center)', indication: 'Heart failure', source: 'discharge_summary' },
  { id: 'demo-med-lisinopril', title: 'Lisinopril', dose: '10 mg', route: 'oral', frequency: 'once daily', prescriber: 'Dr. Samuel Okoro', indication: 'High blood pressure', source: 'clinic_record' },
  { id: 'demo-med-metformin', title: 'Metformin', dose: '500 mg', route: 'oral', frequency: 'twice daily with meals', prescriber: 'Dr. Samuel Okoro', indication: 'Type 2 diabetes', source: 'pharmacy_fill' },
] as const;

/**
 * Writes the demo medications into Rosa Delgado's clinical plan as one stored
 * update by her physician, exactly as if they had been typed into the plan.
 */
export async function seedDemoMedications(store: Store, rosaId: string, physicianId: string, at: Date): Promise<void> {
  const doc = new Y.Doc();
  const medications = doc.getMap<Y.Map<unknown>>('medications');
  DEMO_MEDICATIONS.forEach((m, index) => {
    const item = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(m)) if (key !== 'id') item.set(key, value);
    // Distinct creation times keep the plan's order (items are listed by creation).
    item.set('createdAt', new Date(at.getTime() + index).toISOString());
    item.set('notes', new Y.XmlFragment());
    medications.set(m.id, item);
  });
  const name = planDocumentName(rosaId, 'clinical');
  await store.documents.append(name, [{ update: Y.encodeStateAsUpdate(doc), userId: physicianId, at: at.toISOString() }]);
  await store.documents.recordAttribution(name, DEMO_MEDICATIONS.map((m) => ({ itemKey: `medications/${m.id}`, userId: physicianId, at: at.toISOString() })));
  doc.destroy();
}
