import type { Annotation, CarePlan, Condition, Goal, MedicationStatement, Reference, ServiceRequest, Task } from '@medplum/fhirtypes';
import type { PatientRecord } from '../../../storage/port';
import type { PlanItem } from '../planItems';
import { metaOf, patientRef, toFhirId } from './common';

/** Which resource each plan section becomes (sections not listed are notes of the CarePlan). */
export const SECTION_RESOURCE = {
  goals: 'Goal', needs: 'Condition', behavioralHealth: 'Condition', substanceUse: 'Condition', interventions: 'Task',
  referrals: 'ServiceRequest', testResults: 'ServiceRequest', medications: 'MedicationStatement',
} as const;
/** A section that becomes resources of its own. */
export type ResourceSection = keyof typeof SECTION_RESOURCE;
export const isResourceSection = (section: string): section is ResourceSection => section in SECTION_RESOURCE;

const NOTE_LABELS: Record<string, string> = {
  whatMatters: 'What matters most', preferences: 'Care preferences', advanceDirectives: 'Advance directive', riskSummary: 'Risk and screening', transitions: 'Transition of care',
};

const ref = <T extends Condition | Goal | Task | ServiceRequest | MedicationStatement>(item: PlanItem): Reference<T> => ({ reference: `${SECTION_RESOURCE[item.section as ResourceSection]}/${toFhirId(item.id)}`, display: item.title });

function noteOf(item: PlanItem): Annotation {
  const details = Object.entries(item.fields).filter(([k]) => k !== 'createdAt').map(([k, v]) => `${k}: ${v}`).join('; ');
  return { text: `${NOTE_LABELS[item.section] ?? item.section}: ${item.title}${details ? ` (${details})` : ''}${item.notes ? `\n${item.notes}` : ''}`, time: item.lastUpdated };
}

/**
 * The patient's one care plan, shaped after the Multiple Chronic Conditions
 * eCare Plan: needs are what it `addresses`, goals its `goal`, interventions,
 * referrals and tests its `activity`; medications are `supportingInfo`. Only
 * items the caller may read are in `items`, so no reference points at hidden content.
 */
export function carePlanResource(patient: PatientRecord, items: readonly PlanItem[]): CarePlan {
  const of = (...sections: string[]) => items.filter((i) => sections.includes(i.section));
  const lastUpdated = items.reduce((last, i) => (i.lastUpdated > last ? i.lastUpdated : last), patient.createdAt);
  const activities = of('interventions', 'referrals', 'testResults');
  const notes = items.filter((i) => !isResourceSection(i.section)).map(noteOf);
  return {
    resourceType: 'CarePlan', id: toFhirId(patient.id), meta: metaOf(lastUpdated), status: 'active', intent: 'plan',
    category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan', display: 'Assessment and Plan of Treatment' }] }],
    title: `Care plan of ${patient.name}`, subject: patientRef(patient.id), created: patient.enrollmentDate,
    careTeam: [{ reference: `CareTeam/${toFhirId(patient.id)}` }],
    addresses: of('needs', 'behavioralHealth', 'substanceUse').map((i) => ref<Condition>(i)),
    goal: of('goals').map((i) => ref<Goal>(i)),
    activity: activities.length ? activities.map((i) => ({ reference: ref<Task | ServiceRequest>(i) })) : undefined,
    supportingInfo: of('medications').map((i) => ref<MedicationStatement>(i)),
    note: notes.length ? notes : undefined,
  };
}
