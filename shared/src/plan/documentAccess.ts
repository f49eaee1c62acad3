import type { PlanAudience } from '../realtime/documents';
import type { CareTeamRole } from '../schemas/roles';

/** What a person may do with one plan document. */
export type DocumentAccess = 'write' | 'read' | 'none';

/**
 * Role × audience: the most a role may ever do with a document. The clinical
 * team writes the shared and clinical plan; family caregivers and the patient
 * read only what is shared with them; behavioral health (`sensitive`) and
 * substance-use content is limited to the clinicians who need it, and the
 * patient's consent narrows that further (server/src/domain/policies).
 */
export const PLAN_DOCUMENT_MATRIX: Record<CareTeamRole, Record<PlanAudience, DocumentAccess>> = {
  care_coordinator: { shared: 'write', clinical: 'write', sensitive: 'write', substanceUse: 'write' },
  physician: { shared: 'write', clinical: 'write', sensitive: 'read', substanceUse: 'read' },
  nurse: { shared: 'write', clinical: 'write', sensitive: 'none', substanceUse: 'none' },
  behavioral_health: { shared: 'write', clinical: 'write', sensitive: 'write', substanceUse: 'write' },
  social_worker: { shared: 'write', clinical: 'write', sensitive: 'none', substanceUse: 'none' },
  counselor: { shared: 'write', clinical: 'read', sensitive: 'none', substanceUse: 'none' },
  pharmacist: { shared: 'read', clinical: 'write', sensitive: 'none', substanceUse: 'none' },
  community_health_worker: { shared: 'write', clinical: 'read', sensitive: 'none', substanceUse: 'none' },
  community_support: { shared: 'read', clinical: 'none', sensitive: 'none', substanceUse: 'none' },
  family_caregiver: { shared: 'read', clinical: 'none', sensitive: 'none', substanceUse: 'none' },
  patient: { shared: 'read', clinical: 'none', sensitive: 'none', substanceUse: 'none' },
};
