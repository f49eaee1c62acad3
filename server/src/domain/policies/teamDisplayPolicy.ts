import { CareTeamRoleSchema, type CareTeamRole, type PlanAudience, type SharingPreferences } from '@carehuddle/shared';
import type { CareTeamMembershipRecord } from '../../storage/port';
import { isSharedWith } from './consentPolicy';
import { isFamilySide } from './notePolicy';
import type { Membership } from './patientPolicy';

/**
 * Roles whose very presence on a team says that the patient receives
 * restricted care: a behavioral health clinician tells that there is
 * behavioral health or substance-use treatment, which the family is never
 * given (consentPolicy: restricted records are never shared with family).
 */
const REVEALS_RESTRICTED_CARE: ReadonlySet<CareTeamRole> = new Set<CareTeamRole>(['behavioral_health']);

/** What presence shows instead of a role that would reveal restricted care. */
export const NEUTRAL_PRESENCE_ROLE = 'care_team';

/** Whether a role, shown, would reveal restricted care. */
export function revealsRestrictedCare(role: string): boolean {
  const known = CareTeamRoleSchema.safeParse(role);
  return known.success && REVEALS_RESTRICTED_CARE.has(known.data);
}

/**
 * Whether a viewer sees a member on the patient's team. Staff see the whole
 * team (they work with it and record consent). The family sees what the
 * patient's consent covers: themselves, the family members the patient shares
 * with, and staff whose role reveals no restricted care.
 */
export function canSeeTeamMember(viewer: Membership, member: CareTeamMembershipRecord, preferences: SharingPreferences): boolean {
  if (!viewer) return false;
  if (!isFamilySide(viewer.role) || member.userId === viewer.userId) return true;
  if (isFamilySide(member.role)) return isSharedWith(member, preferences);
  return !revealsRestrictedCare(member.role);
}

/**
 * The role a person's presence shows in a plan document's room. In the shared
 * plan, which the family reads with everyone else, a role that would reveal
 * restricted care shows as a care team member; elsewhere only staff are present.
 */
export function presenceRole(role: string, audience: PlanAudience | null): string {
  return audience !== 'clinical' && audience !== 'sensitive' && audience !== 'substanceUse' && revealsRestrictedCare(role) ? NEUTRAL_PRESENCE_ROLE : role;
}
