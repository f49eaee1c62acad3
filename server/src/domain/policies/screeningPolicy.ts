import type { CareTeamRole, DocumentAccess, SharingPreferences } from '@carehuddle/shared';
import { isSharedWith } from './consentPolicy';
import type { Membership } from './patientPolicy';

/**
 * Staff who administer screenings. Pharmacists and community support read
 * neither answers nor results: a screening holds depression and safety answers
 * they have no part in.
 */
const ADMINISTERING_ROLES: ReadonlySet<CareTeamRole> = new Set<CareTeamRole>([
  'care_coordinator', 'physician', 'nurse', 'behavioral_health', 'social_worker', 'counselor', 'community_health_worker',
]);

/**
 * Access to a screening's live document: administering staff write it; a
 * family caregiver writes it only while the patient shares the plan with them
 * (helping a member answer), and never reads completed results.
 */
export function screeningDocumentAccess(membership: Membership, preferences: SharingPreferences): DocumentAccess {
  if (!membership) return 'none';
  if (ADMINISTERING_ROLES.has(membership.role)) return 'write';
  return membership.role === 'family_caregiver' && isSharedWith(membership, preferences) ? 'write' : 'none';
}

/** Whether a team member may start, complete and read screenings and their results (administering staff). */
export function canAdministerScreening(membership: Membership): boolean {
  return membership !== null && ADMINISTERING_ROLES.has(membership.role);
}

/** Only the care coordinator sets or overrides the risk level and decides on proposed needs. */
export function canSetRiskLevel(membership: Membership): boolean {
  return membership?.role === 'care_coordinator';
}
