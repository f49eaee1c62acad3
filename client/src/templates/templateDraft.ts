import type { PlanTemplateInput, TemplateGoal, TemplateIntervention, TemplateNeed } from '@carehuddle/shared';

/** Ids of new template items: stable across versions once saved. */
export const newItemId = (): string => crypto.randomUUID();

/** A blank intervention, goal and need, as "Add" makes them. */
export const blankIntervention = (): TemplateIntervention => ({ id: newItemId(), title: '' });
export const blankGoal = (): TemplateGoal => ({ id: newItemId(), title: '', interventions: [] });
export const blankNeed = (): TemplateNeed => ({ id: newItemId(), title: '', domain: 'medical', goals: [blankGoal()] });
/** A new template to fill in. */
export const blankTemplate = (): PlanTemplateInput => ({ title: '', description: '', sources: [{ title: '', url: '' }], needs: [blankNeed()] });

/** A whole number of days from a number input, or absent when empty. */
export const daysFrom = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value));

/** Replaces the item at `index` of a list. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}
/** The list without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
