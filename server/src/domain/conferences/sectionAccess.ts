import { PLAN_SECTIONS, type PlanAudience } from '@carehuddle/shared';
import { activeMembership } from '../consent/sharingPreferences';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';

/** The plan document a section belongs to, or null for a name no document has. */
export function audienceOfSection(section: string): PlanAudience | null {
  const found = (Object.entries(PLAN_SECTIONS) as Array<[PlanAudience, readonly string[]]>).find(([, sections]) => sections.includes(section));
  return found ? found[0] : null;
}

/** Whether someone may read a section of a patient's plan now (team, role and the patient's consent). */
export async function mayReadSection(services: Services, patientId: string, userId: string, section: string): Promise<boolean> {
  const audience = audienceOfSection(section);
  const active = audience ? await activeMembership(services, patientId, userId) : null;
  return audience !== null && active !== null && planDocumentAccess(active.membership, audience, active.preferences) !== 'none';
}
