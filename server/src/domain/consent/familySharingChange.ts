import type { FamilySharingChange, SharingPreferences } from '@carehuddle/shared';

/**
 * The preferences with only the listed family members' access to the plan
 * changed; behavioral health, substance use, providers and everyone not listed
 * carry over as they are. As on the coordinator's form, turning someone off
 * also withdraws suggesting goals; turning someone on does not grant it (the
 * care team asks the member about that).
 */
export function withFamilySharing(preferences: SharingPreferences, changes: readonly FamilySharingChange[]): SharingPreferences {
  const wanted = new Map(changes.map((c) => [c.userId, c.sharedPlan]));
  const family = preferences.family.map((entry) => {
    const sharedPlan = wanted.get(entry.userId);
    if (sharedPlan === undefined || sharedPlan === entry.sharedPlan) return entry;
    return { ...entry, sharedPlan, proposeGoals: sharedPlan && entry.proposeGoals };
  });
  const added = changes
    .filter((c) => c.sharedPlan && !preferences.family.some((f) => f.userId === c.userId))
    .map((c) => ({ userId: c.userId, sharedPlan: true, proposeGoals: false }));
  return { ...preferences, family: [...family, ...added] };
}

/** Whether a change would alter who sees the plan (saving what is already in force records no new version). */
export function changesFamilySharing(preferences: SharingPreferences, changes: readonly FamilySharingChange[]): boolean {
  return changes.some((c) => (preferences.family.find((f) => f.userId === c.userId)?.sharedPlan ?? false) !== c.sharedPlan);
}
