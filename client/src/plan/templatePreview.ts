import type { PlanTemplateInput } from '@carehuddle/shared';

/** The ids under an item of a template (a need's goals and their interventions; a goal's interventions). */
export function descendantsOf(template: PlanTemplateInput, itemId: string): string[] {
  for (const need of template.needs) {
    if (need.id === itemId) return need.goals.flatMap((g) => [g.id, ...g.interventions.map((i) => i.id)]);
    for (const goal of need.goals) if (goal.id === itemId) return goal.interventions.map((i) => i.id);
  }
  return [];
}

/** How many needs, goals and interventions stay selected, in words ("1 need, 2 goals and 3 interventions"). */
export function selectionSummary(template: PlanTemplateInput, deselected: ReadonlySet<string>): { count: number; words: string } {
  const needs = template.needs.filter((n) => !deselected.has(n.id)).length;
  const goals = template.needs.flatMap((n) => n.goals).filter((g) => !deselected.has(g.id)).length;
  const interventions = template.needs.flatMap((n) => n.goals.flatMap((g) => g.interventions)).filter((i) => !deselected.has(i.id)).length;
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [part(needs, 'need', 'needs'), part(goals, 'goal', 'goals'), part(interventions, 'intervention', 'interventions')];
  return { count: needs + goals + interventions, words: `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` };
}
