import { PLAN_DOCUMENT_MATRIX, type DocumentAccess, type PlanAudience, type SharingPreferences } from '@carehuddle/shared';
import { consentAllows, isSharedWith } from './consentPolicy';
import type { Membership } from './patientPolicy';

export type { DocumentAccess };

/** The access a team member has to one of the patient's plan documents: the role's ceiling, narrowed by the patient's consent. */
export function planDocumentAccess(membership: Membership, audience: PlanAudience, preferences: SharingPreferences): DocumentAccess {
  if (!membership || !isSharedWith(membership, preferences)) return 'none';
  return consentAllows(membership, audience, preferences) ? PLAN_DOCUMENT_MATRIX[membership.role][audience] : 'none';
}
