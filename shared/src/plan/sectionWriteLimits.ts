import type { PlanAudience } from '../realtime/documents';
import type { CareTeamRole } from '../schemas/roles';
import type { PlanSection } from './planStructure';

/**
 * Roles that may write only some sections of a document they may otherwise
 * write (PLAN_DOCUMENT_MATRIX). A pharmacist reconciles medications and owns
 * the follow-up tasks that come of it, but does not change the team's needs,
 * referrals, results or transitions. The server refuses edits outside these
 * sections; the client shows the other sections read-only.
 */
export const PLAN_SECTION_WRITE_LIMITS: Partial<Record<CareTeamRole, Partial<Record<PlanAudience, readonly PlanSection[]>>>> = {
  pharmacist: { clinical: ['medications', 'interventions'] },
};

/** The sections a role may write in a document, or null when its document access is not narrowed. */
export function sectionWriteLimit(role: CareTeamRole, audience: PlanAudience): readonly string[] | null {
  return PLAN_SECTION_WRITE_LIMITS[role]?.[audience] ?? null;
}
