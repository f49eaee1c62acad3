import type { PlanAudience } from '../realtime/documents';
import type { CareTeamRole } from '../schemas/roles';

/** What a person may do with one plan document. */
export type DocumentAccess = 'write' | 'read' | 'none';

/**
 * Role × audience, in one place for the server (which enforces it) and the
 * client (which only uses it to decide which tabs to offer). The clinical team
 * writes the shared and clinical plan; family caregivers and the patient read
 * only what is shared with them; behavioral health and substance-use content
 * (sensitive) is limited to the clinicians who need it.
 */
export const PLAN_DOCUMENT_MATRIX: Record<CareTeamRole, Record<PlanAudience, DocumentAccess>> = {
  care_coordinator: { shared: 'write', clinical: 'write', sensitive: 'write' },
  physician: { shared: 'write', clinical: 'write', sensitive: 'read' },
  nurse: { shared: 'write', clinical: 'write', sensitive: 'none' },
  behavioral_health: { shared: 'write', clinical: 'write', sensitive: 'write' },
  social_worker: { shared: 'write', clinical: 'write', sensitive: 'none' },
  counselor: { shared: 'write', clinical: 'read', sensitive: 'none' },
  pharmacist: { shared: 'read', clinical: 'write', sensitive: 'none' },
  community_health_worker: { shared: 'write', clinical: 'read', sensitive: 'none' },
  community_support: { shared: 'read', clinical: 'none', sensitive: 'none' },
  family_caregiver: { shared: 'read', clinical: 'none', sensitive: 'none' },
  patient: { shared: 'read', clinical: 'none', sensitive: 'none' },
};
