import { planDocumentName, type PlanAudience } from '@carehuddle/shared';
import * as Y from 'yjs';
import type { Store } from '../../storage/port';

/** One item: a stable id (tests and the demo refer to it), a title and the section's fields. */
type DemoItem = { id: string; title: string } & Record<string, string>;
/** One document of a demo plan: who wrote it (a demo user key) and its items per section. */
interface DemoDocument {
  author: string;
  sections: Record<string, readonly DemoItem[]>;
}
/** A demo plan, per document. */
export type DemoPlan = Partial<Record<PlanAudience, DemoDocument>>;

/** Rosa Delgado's plan: goals in her own words for her family to see, and her medications after a recent hospital stay. */
export const ROSA_PLAN: DemoPlan = {
  shared: {
    author: 'coordinator',
    sections: {
      goals: [
        { id: 'demo-goal-walk', title: 'Walk to the corner store and back without getting short of breath', status: 'active', targetDate: '2027-03-01', proposedBy: 'Rosa' },
        { id: 'demo-goal-home', title: 'Stay at home, with help from my daughter Elena', status: 'active', proposedBy: 'Rosa' },
      ],
      whatMatters: [{ id: 'demo-matters-lunch', title: 'Sunday lunch with the grandchildren' }],
      preferences: [{ id: 'demo-pref-mornings', title: 'Appointments in the morning; Spanish-speaking staff when possible' }],
    },
  },
  clinical: {
    author: 'physician',
    sections: {
      // Active problems for the patient header (the resolved one shows that only unresolved needs are listed),
      // and what the FHIR API serves as Condition, Task and ServiceRequest.
      needs: [
        { id: 'demo-need-heart-failure', title: 'Heart failure with recent readmission', domain: 'medical', status: 'being_addressed' },
        { id: 'demo-need-diabetes', title: 'Type 2 diabetes, A1c above goal', domain: 'medical', status: 'open' },
        { id: 'demo-need-food', title: 'Food insecurity', domain: 'social', status: 'open' },
        { id: 'demo-need-transport', title: 'No ride to appointments', domain: 'social', status: 'resolved' },
      ],
      interventions: [
        { id: 'demo-task-weigh', title: 'Daily weight log, call the nurse if up 2 kg in 3 days', dueDate: '2026-12-15', status: 'in_progress' },
      ],
      referrals: [{ id: 'demo-referral-cardiology', title: 'Cardiology follow-up after discharge', specialty: 'Cardiology', inNetwork: 'yes', status: 'scheduled' }],
      testResults: [{ id: 'demo-test-bnp', title: 'BNP blood test', orderedOn: '2026-11-20', status: 'ordered' }],
      medications: [
        { id: 'demo-med-furosemide', title: 'Furosemide', dose: '40 mg', route: 'oral', frequency: 'once daily', prescriber: 'Dr. Anita Patel (St. Mary Medical Center)', indication: 'Heart failure', source: 'discharge_summary' },
        { id: 'demo-med-lisinopril', title: 'Lisinopril', dose: '10 mg', route: 'oral', frequency: 'once daily', prescriber: 'Dr. Samuel Okoro', indication: 'High blood pressure', source: 'clinic_record' },
        { id: 'demo-med-metformin', title: 'Metformin', dose: '500 mg', route: 'oral', frequency: 'twice daily with meals', prescriber: 'Dr. Samuel Okoro', indication: 'Type 2 diabetes', source: 'pharmacy_fill' },
      ],
    },
  },
  // Restricted documents: shared by Rosa's consent with her physician (behavioral health) and her coordinator only (substance use).
  sensitive: { author: 'behavioral', sections: { behavioralHealth: [{ id: 'demo-bh-low-mood', title: 'Low mood since the hospital stay', status: 'being_addressed' }] } },
  substanceUse: { author: 'coordinator', sections: { substanceUse: [{ id: 'demo-su-alcohol', title: 'Evening alcohol use, wants to cut down', status: 'open' }] } },
};

/**
 * Writes a demo plan as one stored update per document, attributed to its
 * author, exactly as if it had been typed into the plan.
 */
export async function seedDemoPlan(store: Store, patientId: string, plan: DemoPlan, userIds: ReadonlyMap<string, string>, at: Date): Promise<void> {
  for (const [audience, document] of Object.entries(plan) as Array<[PlanAudience, DemoDocument]>) {
    const doc = new Y.Doc();
    const keys: string[] = [];
    let index = 0;
    for (const [section, items] of Object.entries(document.sections)) {
      for (const { id, ...fields } of items) {
        const item = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) item.set(key, value);
        // Distinct creation times keep the plan's order (items are listed by creation).
        item.set('createdAt', new Date(at.getTime() + (index += 1)).toISOString());
        item.set('notes', new Y.XmlFragment());
        doc.getMap(section).set(id, item);
        keys.push(`${section}/${id}`);
      }
    }
    const name = planDocumentName(patientId, audience);
    const userId = userIds.get(document.author)!;
    await store.documents.append(name, [{ update: Y.encodeStateAsUpdate(doc), userId, at: at.toISOString() }]);
    await store.documents.recordAttribution(name, keys.map((itemKey) => ({ itemKey, userId, at: at.toISOString() })));
    doc.destroy();
  }
}
