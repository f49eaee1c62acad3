import { SCREENING_ROLES, type DocumentAccess, type SharingPreferences } from '@carehuddle/shared';
import { isSharedWith } from './consentPolicy';
import type { Membership } from './patientPolicy';


/**
 * Access to a screening's live document: administering staff write it; a
 * family caregiver writes it only while the patient shares the plan with them
 * (helping a member answer), and never reads completed results.
 */
export function screeningDocumentAccess(membership: Membership, preferences: SharingPreferences): DocumentAccess {
  if (!membership) return 'none';
  if (SCREENING_ROLES.has(membership.role)) return 'write';
  return membership.role === 'family_caregiver' && isSharedWith(membership, preferences) ? 'write' : 'none';
}

/** Whether a team member may start, complete and read screenings and their results (administering staff). */
export function canAdministerScreening(membership: Membership): boolean {
  return membership !== null && SCREENING_ROLES.has(membership.role);
}

/** Only the care coordinator sets or overrides the risk level and decides on proposed needs. */
export function canSetRiskLevel(membership: Membership): boolean {
  return membership?.role === 'care_coordinator';
}
