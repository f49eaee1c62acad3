import { LEGACY_GOAL_STATUSES, type NEED_DOMAINS } from '@carehuddle/shared';
import type { Condition, Goal, MedicationStatement, ServiceRequest, Task } from '@medplum/fhirtypes';
import type { PlanItem } from '../planItems';
import { CAREHUDDLE_SYSTEMS, metaOf, notesOf, patientRef, personRef, toFhirId } from './common';

/** Who a plan item's resource names: the patient, and the people by id. */
interface ItemContext { patientId: string; names: ReadonlyMap<string, string> }

const base = (item: PlanItem) => ({ id: toFhirId(item.id), meta: metaOf(item.lastUpdated, item.audience) });
const sectionTag = (item: PlanItem) => ({ coding: [{ system: CAREHUDDLE_SYSTEMS.planSection, code: item.section }] });

const GOAL_LIFECYCLE = { proposed: 'proposed', active: 'active', achieved: 'completed', not_achieved: 'completed', cancelled: 'cancelled' } as const;
const GOAL_ACHIEVEMENT: Record<string, string> = { achieved: 'achieved', not_achieved: 'not-achieved' };

/** A goal of the shared plan, in the person's own words. */
export function goalResource(item: PlanItem, ctx: ItemContext): Goal {
  // Goals written before the achieved/not achieved wording still say met/not_met.
  const written = item.fields.status;
  const status = (written && (LEGACY_GOAL_STATUSES[written] ?? written)) as keyof typeof GOAL_LIFECYCLE | undefined;
  const achievement = status ? GOAL_ACHIEVEMENT[status] : undefined;
  return {
    resourceType: 'Goal', ...base(item), lifecycleStatus: (status && GOAL_LIFECYCLE[status]) || 'proposed',
    ...(achievement ? { achievementStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: achievement }] } } : {}),
    description: { text: item.title || 'Goal' }, subject: patientRef(ctx.patientId),
    ...(item.fields.targetDate ? { target: [{ dueDate: item.fields.targetDate }] } : {}),
    ...(item.fields.proposedBy ? { expressedBy: { display: item.fields.proposedBy } } : {}),
    note: notesOf(item.notes),
  };
}

const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const DOMAIN_LABELS: Record<(typeof NEED_DOMAINS)[number], string> = {
  medical: 'Medical', behavioral_health: 'Behavioral health', social: 'Social', long_term_services: 'Long-term services and supports',
};

/** A need or problem the plan addresses (behavioral-health and substance-use entries carry restricted labels). */
export function conditionResource(item: PlanItem, ctx: ItemContext): Condition {
  const resolved = item.fields.status === 'resolved';
  const domain = item.fields.domain as keyof typeof DOMAIN_LABELS | undefined;
  const domainText = item.audience === 'sensitive' ? 'Behavioral health' : item.audience === 'substanceUse' ? 'Substance use' : domain ? DOMAIN_LABELS[domain] : undefined;
  return {
    resourceType: 'Condition', ...base(item),
    clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: resolved ? 'resolved' : 'active' }] },
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item', display: 'Problem List Item' }] },
      ...(domainText ? [{ text: domainText }] : []),
    ],
    code: { text: item.title || 'Need' }, subject: patientRef(ctx.patientId), recordedDate: item.fields.createdAt, note: notesOf(item.notes),
  };
}

const TASK_STATUS = { open: 'ready', in_progress: 'in-progress', done: 'completed', cancelled: 'cancelled' } as const;

/** An intervention: who does what by when. */
export function taskResource(item: PlanItem, ctx: ItemContext): Task {
  const status = item.fields.status as keyof typeof TASK_STATUS | undefined;
  return {
    resourceType: 'Task', ...base(item), status: (status && TASK_STATUS[status]) || 'ready', intent: 'plan',
    description: item.title || 'Intervention', for: patientRef(ctx.patientId), authoredOn: item.fields.createdAt, lastModified: item.lastUpdated,
    owner: personRef(item.fields.owner, ctx.names),
    ...(item.fields.dueDate ? { restriction: { period: { end: item.fields.dueDate } } } : {}),
    ...(item.fields.source ? { reasonCode: { text: item.fields.source } } : {}),
    note: notesOf(item.notes),
  };
}

const REQUEST_STATUS: Record<string, ServiceRequest['status']> = {
  draft: 'draft', sent: 'active', scheduled: 'active', completed: 'completed', results_received: 'completed', closed: 'completed',
  ordered: 'active', resulted: 'completed', reviewed: 'completed', communicated: 'completed',
};

/** A referral or a test, tracked until its loop is closed. */
export function serviceRequestResource(item: PlanItem, ctx: ItemContext): ServiceRequest {
  const isReferral = item.section === 'referrals';
  return {
    resourceType: 'ServiceRequest', ...base(item), status: REQUEST_STATUS[item.fields.status ?? ''] ?? (isReferral ? 'draft' : 'active'), intent: 'order',
    category: [{ text: isReferral ? 'Referral' : 'Test' }, sectionTag(item)],
    code: { text: item.title || (isReferral ? 'Referral' : 'Test') }, subject: patientRef(ctx.patientId),
    authoredOn: item.fields.orderedOn ?? item.fields.createdAt,
    ...(item.fields.specialty ? { performerType: { text: item.fields.specialty } } : {}),
    note: notesOf([item.fields.inNetwork ? `In network: ${item.fields.inNetwork}` : '', item.fields.status ? `Status in CareHuddle: ${item.fields.status.replace(/_/g, ' ')}` : '', item.notes].filter(Boolean).join('\n')),
  };
}

/** A medication of the clinical plan as the team knows it. */
export function medicationStatementResource(item: PlanItem, ctx: ItemContext): MedicationStatement {
  const { dose, route, frequency, indication, prescriber, source } = item.fields;
  const dosageText = [dose, route, frequency].filter(Boolean).join(' ');
  return {
    resourceType: 'MedicationStatement', ...base(item), status: 'active',
    medicationCodeableConcept: { text: item.title || 'Medication' }, subject: patientRef(ctx.patientId), dateAsserted: item.lastUpdated,
    ...(source ? { informationSource: { display: source.replace(/_/g, ' ') } } : {}),
    ...(indication ? { reasonCode: [{ text: indication }] } : {}),
    ...(dosageText ? { dosage: [{ text: dosageText, ...(route ? { route: { text: route } } : {}) }] } : {}),
    note: notesOf([prescriber ? `Prescriber: ${prescriber}` : '', item.notes].filter(Boolean).join('\n')),
  };
}
