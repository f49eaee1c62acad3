import { INTERVENTION_GOAL_KEY, NEED_GOALS_KEY } from '@carehuddle/shared';
import * as Y from 'yjs';

/** The need's goal links, made on first use (needs added before links existed have none). */
function goalLinksOf(needs: Y.Map<unknown>, needId: string): Y.Map<boolean> | null {
  const found: unknown = needs.get(needId);
  if (!(found instanceof Y.Map)) return null;
  const need = found as Y.Map<unknown>;
  const links: unknown = need.get(NEED_GOALS_KEY);
  if (links instanceof Y.Map) return links as Y.Map<boolean>;
  const made = new Y.Map<boolean>();
  need.set(NEED_GOALS_KEY, made);
  return made;
}

/** Links a goal to a need (a goal may address several). */
export function linkGoal(needs: Y.Map<unknown>, needId: string, goalId: string): void {
  goalLinksOf(needs, needId)?.set(goalId, true);
}

/** Removes a goal from a need; the goal itself stays in the plan. */
export function unlinkGoal(needs: Y.Map<unknown>, needId: string, goalId: string): void {
  goalLinksOf(needs, needId)?.delete(goalId);
}

/** Sets (or clears, with '') the goal an intervention serves. */
export function serveGoal(interventions: Y.Map<unknown>, interventionId: string, goalId: string): void {
  const item: unknown = interventions.get(interventionId);
  if (item instanceof Y.Map) item.set(INTERVENTION_GOAL_KEY, goalId);
}
