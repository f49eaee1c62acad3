import { addDays, type PlanTemplateInput } from '@carehuddle/shared';
import { invalid } from '../errors';

/** A need to add to the clinical plan, with the (new) ids of the goals that address it. */
export interface NeedWrite { id: string; title: string; domain: string; goalIds: string[] }
/** A goal to add to the shared plan; proposed until the coordinator and the member agree on it. */
export interface GoalWrite { id: string; title: string; targetValue: string; targetDate: string }
/** An intervention to add to the clinical plan; `goalId` is empty when its goal was deselected. */
export interface InterventionWrite { id: string; title: string; dueDate: string; goalId: string }

/** Everything one application of a template writes, with the template version it came from. */
export interface TemplateWrite {
  application: { id: string; templateId: string; version: number; title: string; appliedAt: string };
  needs: NeedWrite[];
  goals: GoalWrite[];
  interventions: InterventionWrite[];
}

/**
 * What applying a template writes: every item not deselected, with fresh plan
 * ids and dates counted from `today`. A kept goal whose need was deselected is
 * written unlinked (and a kept intervention whose goal was), exactly as the
 * preview showed; deselecting never removes more than what was deselected.
 */
export function selectTemplateItems(
  template: PlanTemplateInput, deselected: readonly string[], today: string, newId: () => string,
  application: TemplateWrite['application'],
): TemplateWrite {
  const known = new Set(template.needs.flatMap((n) => [n.id, ...n.goals.flatMap((g) => [g.id, ...g.interventions.map((i) => i.id)])]));
  if (deselected.some((id) => !known.has(id))) throw invalid('deselected', 'Choose items from this version of the template.');
  const skip = new Set(deselected);
  const write: TemplateWrite = { application, needs: [], goals: [], interventions: [] };
  for (const need of template.needs) {
    const goalIds: string[] = [];
    for (const goal of need.goals) {
      const goalId = skip.has(goal.id) ? '' : newId();
      if (goalId) {
        goalIds.push(goalId);
        write.goals.push({ id: goalId, title: goal.title, targetValue: goal.targetValue ?? '', targetDate: goal.targetInDays === undefined ? '' : addDays(today, goal.targetInDays) });
      }
      for (const i of goal.interventions) {
        if (skip.has(i.id)) continue;
        write.interventions.push({ id: newId(), title: i.title, dueDate: i.dueInDays === undefined ? '' : addDays(today, i.dueInDays), goalId });
      }
    }
    if (!skip.has(need.id)) write.needs.push({ id: newId(), title: need.title, domain: need.domain, goalIds });
  }
  if (write.needs.length + write.goals.length + write.interventions.length === 0) throw invalid('deselected', 'Keep at least one item to add to the plan.');
  return write;
}
