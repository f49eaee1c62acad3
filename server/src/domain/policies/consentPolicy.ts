import type { CareTeamRole, FamilySharing, PlanAudience, SharingPreferences } from '@carehuddle/shared';
import type { Membership } from './patientPolicy';

/**
 * Who holds each restricted record without needing the patient's consent to
 * share it: behavioral health content with the patient's behavioral health
 * clinicians and care coordinator; substance-use records (the stricter rule)
 * with the behavioral health clinicians only.
 */
const RECORD_HOLDERS: Partial<Record<PlanAudience, ReadonlySet<CareTeamRole>>> = {
  sensitive: new Set<CareTeamRole>(['behavioral_health', 'care_coordinator']),
  substanceUse: new Set<CareTeamRole>(['behavioral_health']),
};

/** Roles the patient shares with through a per-person family entry. */
const SHARED_BY_CONSENT: ReadonlySet<CareTeamRole> = new Set<CareTeamRole>(['family_caregiver']);

/** What the patient lets one family member do, if anything. */
export function familySharingOf(preferences: SharingPreferences, userId: string): FamilySharing | null {
  return preferences.family.find((f) => f.userId === userId) ?? null;
}

/** Whether a membership counts at all: a family caregiver only while the patient shares the plan with them. */
export function isSharedWith(membership: Membership, preferences: SharingPreferences): boolean {
  if (!membership) return false;
  return !SHARED_BY_CONSENT.has(membership.role) || familySharingOf(preferences, membership.userId)?.sharedPlan === true;
}

/** Whether the patient's consent lets a team member see a restricted document (unrestricted documents: always). */
export function consentAllows(membership: NonNullable<Membership>, audience: PlanAudience, preferences: SharingPreferences): boolean {
  const holders = RECORD_HOLDERS[audience];
  if (!holders || holders.has(membership.role)) return true;
  const recipients = audience === 'substanceUse' ? preferences.substanceUse : preferences.behavioralHealth;
  return recipients.includes(membership.userId);
}

/** Whether a role may be named as a recipient of restricted records: clinicians on the team, never family. */
export function mayReceiveRestricted(role: CareTeamRole): boolean {
  return !SHARED_BY_CONSENT.has(role) && role !== 'patient';
}

/** Whether someone may suggest goals: the member themself, or a family member the patient lets. */
export function canProposeGoals(membership: Membership, preferences: SharingPreferences): boolean {
  if (membership?.role === 'patient') return true;
  return membership !== null && isSharedWith(membership, preferences) && familySharingOf(preferences, membership.userId)?.proposeGoals === true;
}
