/**
 * Problem → goal → intervention links. Both live in the CLINICAL document, so
 * the shared document (which family caregivers may read) never learns which
 * clinical need a goal addresses:
 * - a need item holds `goalIds`, a `Y.Map` whose keys are the ids of the goals
 *   (in the shared document) that address it; a goal may address several needs;
 * - an intervention item holds `goalId`, the one goal it serves.
 * A link to an item that no longer exists is ignored, so deleting a need leaves
 * its goals "unlinked" and deleting a goal leaves its interventions unlinked;
 * nothing is ever lost, and concurrent edits converge like any Y.Map entry.
 */
export const NEED_GOALS_KEY = 'goalIds';
/** The intervention field that names the goal it serves. */
export const INTERVENTION_GOAL_KEY = 'goalId';

/** A section as JSON (`Y.Map#toJSON()`): item id → item fields. */
export type SectionJson = Record<string, unknown>;

/** An item of the tree: its id and title. */
export interface PlanTreeItem {
  id: string;
  title: string;
}
/** A goal with the interventions that serve it. */
export interface PlanTreeGoal extends PlanTreeItem {
  interventions: PlanTreeItem[];
}
/** A need with the goals that address it. */
export interface PlanTreeNeed extends PlanTreeItem {
  goals: PlanTreeGoal[];
}
/** The plan as a tree, with what is not (or no longer) linked kept visible. */
export interface PlanTree {
  needs: PlanTreeNeed[];
  /** Goals no existing need links to (never linked, or their need was removed). */
  unlinkedGoals: PlanTreeGoal[];
  /** Interventions whose goal is missing or was removed. */
  unlinkedInterventions: PlanTreeItem[];
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const text = (item: Record<string, unknown>, key: string): string => { const v = item[key]; return typeof v === 'string' ? v : ''; };

/** A section's items in creation order (the order the plan shows them). */
function ordered(section: SectionJson): Array<[string, Record<string, unknown>]> {
  return Object.entries(section)
    .map(([id, item]): [string, Record<string, unknown>] => [id, record(item)])
    .sort(([ia, a], [ib, b]) => text(a, 'createdAt').localeCompare(text(b, 'createdAt')) || ia.localeCompare(ib));
}

/** The goal ids a need links to (keys of its `goalIds` map). */
export function linkedGoalIds(need: unknown): string[] {
  return Object.keys(record(record(need)[NEED_GOALS_KEY]));
}

/** Builds the need → goal → intervention tree from the three sections. */
export function buildPlanTree(needs: SectionJson, goals: SectionJson, interventions: SectionJson): PlanTree {
  const byGoal = new Map<string, PlanTreeItem[]>();
  const unlinkedInterventions: PlanTreeItem[] = [];
  for (const [id, item] of ordered(interventions)) {
    const goalId = text(item, INTERVENTION_GOAL_KEY);
    const entry = { id, title: text(item, 'title') };
    if (goalId && goalId in goals) byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), entry]);
    else unlinkedInterventions.push(entry);
  }
  const goalOf = (id: string): PlanTreeGoal => ({ id, title: text(record(goals[id]), 'title'), interventions: byGoal.get(id) ?? [] });
  const orderedGoals = ordered(goals).map(([id]) => id);
  const linked = new Set<string>();
  const treeNeeds = ordered(needs).map(([id, item]): PlanTreeNeed => {
    const wanted = new Set(linkedGoalIds(item));
    const its = orderedGoals.filter((g) => wanted.has(g));
    for (const g of its) linked.add(g);
    return { id, title: text(item, 'title'), goals: its.map(goalOf) };
  });
  return { needs: treeNeeds, unlinkedGoals: orderedGoals.filter((g) => !linked.has(g)).map(goalOf), unlinkedInterventions };
}
