import type { CareTeamRole } from '@carehuddle/shared';

/** Whether a role is on the family side of the team (the patient and their caregivers), who read the plan review rather than the staff pages. */
export const isFamilySide = (role: CareTeamRole): boolean => role === 'family_caregiver' || role === 'patient';
