import { PLAN_DOCUMENT_MATRIX, type DocumentAccess, type PlanAudience } from '@carehuddle/shared';
import type { Membership } from './patientPolicy';

export type { DocumentAccess };

/** The access a team member has to one of the patient's plan documents (consent narrows it later). */
export function planDocumentAccess(membership: Membership, audience: PlanAudience): DocumentAccess {
  if (!membership) return 'none';
  return PLAN_DOCUMENT_MATRIX[membership.role][audience];
}
