import { z } from 'zod';

/** Roles a person can hold on one patient's care team. */
export const CARE_TEAM_ROLES = [
  'care_coordinator',
  'physician',
  'nurse',
  'behavioral_health',
  'social_worker',
  'counselor',
  'pharmacist',
  'community_health_worker',
  'community_support',
  'family_caregiver',
  'patient',
] as const;
export const CareTeamRoleSchema = z.enum(CARE_TEAM_ROLES);
export type CareTeamRole = z.infer<typeof CareTeamRoleSchema>;

/** Display labels for care team roles. */
export const CARE_TEAM_ROLE_LABELS: Record<CareTeamRole, string> = {
  care_coordinator: 'Care coordinator',
  physician: 'Physician',
  nurse: 'Nurse',
  behavioral_health: 'Behavioral health',
  social_worker: 'Social worker',
  counselor: 'Counselor',
  pharmacist: 'Pharmacist',
  community_health_worker: 'Community health worker',
  community_support: 'Community support / advocate',
  family_caregiver: 'Family caregiver',
  patient: 'Patient',
};

/** What kind of account a user has; caregivers and patients are not staff. */
export const ACCOUNT_KINDS = ['staff', 'caregiver', 'patient'] as const;
export const AccountKindSchema = z.enum(ACCOUNT_KINDS);
export type AccountKind = z.infer<typeof AccountKindSchema>;

/**
 * The badge beside an author's name (notes, presence, attribution): their role
 * on the patient's team, or — once they have left it — whether they were staff
 * or family. Stamped by the server, so a display name cannot pass for a role.
 */
/** `care_team` is the neutral role shown to the family where the real one would reveal restricted care. */
export const AuthorRoleSchema = z.enum([...CARE_TEAM_ROLES, 'care_team', 'former_staff', 'former_family', 'system']);
export type AuthorRole = z.infer<typeof AuthorRoleSchema>;

/** Labels for author badges. */
export const AUTHOR_ROLE_LABELS: Record<AuthorRole, string> = {
  ...CARE_TEAM_ROLE_LABELS, care_team: 'Care team', former_staff: 'Former team member (staff)', former_family: 'Former family member', system: 'Automated',
};

/** Whether a badge marks the family side (family caregivers, the patient), which the client shows apart from staff. */
export function isFamilyRole(role: AuthorRole): boolean {
  return role === 'family_caregiver' || role === 'patient' || role === 'former_family';
}
