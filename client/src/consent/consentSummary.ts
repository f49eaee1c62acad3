import { PLAN_PART_LABELS, type CareTeamMember, type ProviderSharing, type SharingPreferences } from '@carehuddle/shared';
import { isFamilySide } from '../patient/familySide';

/** Family caregivers on the team: the people the patient may share the plan with. */
export const familyMembers = (team: readonly CareTeamMember[]) => team.filter((m) => m.role === 'family_caregiver');

/** Staff who see behavioral health content only with the patient's consent (its clinicians and the coordinator always do). */
export const behavioralHealthCandidates = (team: readonly CareTeamMember[]) =>
  team.filter((m) => !isFamilySide(m.role) && m.role !== 'behavioral_health' && m.role !== 'care_coordinator');

/** Staff who see substance-use records only with specific consent (the coordinator included). */
export const substanceUseCandidates = (team: readonly CareTeamMember[]) =>
  team.filter((m) => !isFamilySide(m.role) && m.role !== 'behavioral_health');

/** Clinicians on the team who can be named as providers to send a copy of the plan to (never the family side). */
export const providerCandidates = (team: readonly CareTeamMember[]) => team.filter((m) => !isFamilySide(m.role));

/** A provider as the consent names them: a team member by name (the designated PCP marked), an outside provider with their organization. */
export function providerLabel(entry: ProviderSharing, team: readonly CareTeamMember[], pcpUserId: string | null = null): string {
  if (entry.kind === 'team') {
    const name = team.find((m) => m.userId === entry.userId)?.name ?? 'a former team member';
    return entry.userId === pcpUserId ? `${name} (PCP)` : name;
  }
  return entry.organization ? `${entry.name}, ${entry.organization}` : entry.name;
}

/** One line of a plain summary of what is shared. */
export interface SharingLine {
  label: string;
  value: string;
}

/** Who may see what, in words; people who have since left the team are named as such. */
export function describeSharing(preferences: SharingPreferences, team: readonly CareTeamMember[]): SharingLine[] {
  const name = (id: string) => team.find((m) => m.userId === id)?.name ?? 'a former team member';
  const list = (ids: readonly string[], none: string) => (ids.length === 0 ? none : ids.map(name).join(', '));
  const shared = preferences.family.filter((f) => f.sharedPlan);
  return [
    {
      label: 'Shared plan (family)',
      value: shared.length === 0 ? 'Not shared with family' : shared.map((f) => `${name(f.userId)}${f.proposeGoals ? ' (may suggest goals)' : ''}`).join(', '),
    },
    { label: 'Behavioral health, also visible to', value: list(preferences.behavioralHealth, 'Nobody else') },
    { label: 'Substance use, also visible to', value: list(preferences.substanceUse, 'Nobody else') },
    {
      label: 'Copies of the plan to providers',
      value: preferences.providers.length === 0 ? 'No providers'
        : preferences.providers.map((p) => `${providerLabel(p, team)} (${p.parts.map((a) => PLAN_PART_LABELS[a]).join(', ')})`).join('; '),
    },
  ];
}
