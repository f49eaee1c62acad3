import { APPLIED_TEMPLATES_MAP, FROM_TEMPLATE_KEY, INTERVENTION_GOAL_KEY, NEED_GOALS_KEY } from '@carehuddle/shared';
import * as Y from 'yjs';
import type { TemplateWrite } from './templateSelection';

/** A plan item as the editor makes one: its fields, a creation time (the plan's order) and empty notes. */
export function newPlanItem(fields: Record<string, string>, createdAt: string): Y.Map<unknown> {
  const item = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  item.set('createdAt', createdAt);
  item.set('notes', new Y.XmlFragment());
  return item;
}

/** Distinct, increasing creation times from the application's time, so the items keep the template's order. */
function clockFrom(appliedAt: string, skip = 0): () => string {
  let ms = Date.parse(appliedAt) + skip;
  return () => new Date((ms += 1)).toISOString();
}

/** Writes a template's goals into a shared plan document (call inside one transaction). */
export function writeTemplateGoals(doc: Y.Doc, write: TemplateWrite): void {
  const at = clockFrom(write.application.appliedAt);
  const goals = doc.getMap('goals');
  for (const g of write.goals) goals.set(g.id, newPlanItem({ title: g.title, status: 'proposed', targetValue: g.targetValue, targetDate: g.targetDate }, at()));
}

/**
 * Writes a template's needs (holding their goal links), interventions (holding
 * their goal) and the application record into a clinical plan document (call
 * inside one transaction). Their creation times follow the goals', keeping the template's order.
 */
export function writeTemplateClinical(doc: Y.Doc, write: TemplateWrite, userId: string): void {
  const at = clockFrom(write.application.appliedAt, write.goals.length);
  const applicationId = write.application.id;
  const needs = doc.getMap('needs');
  for (const n of write.needs) {
    const item = newPlanItem({ title: n.title, domain: n.domain, status: 'open', [FROM_TEMPLATE_KEY]: applicationId }, at());
    const links = new Y.Map<boolean>();
    for (const goalId of n.goalIds) links.set(goalId, true);
    item.set(NEED_GOALS_KEY, links);
    needs.set(n.id, item);
  }
  const interventions = doc.getMap('interventions');
  for (const i of write.interventions) {
    interventions.set(i.id, newPlanItem({
      title: i.title, owner: '', dueDate: i.dueDate, status: 'open', [INTERVENTION_GOAL_KEY]: i.goalId, [FROM_TEMPLATE_KEY]: applicationId,
    }, at()));
  }
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ ...write.application, appliedBy: userId })) record.set(key, value);
  doc.getMap(APPLIED_TEMPLATES_MAP).set(applicationId, record);
}
