import { activeMembership } from '../consent/sharingPreferences';
import { forbidden, invalid } from '../errors';
import type { Actor } from '../actor';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import { canWritePlanSection } from '../policies/planSectionPolicy';
import type { Services } from '../services';

/** Where a conference action item lands: a task in the clinical plan's interventions. */
const TASKS = { audience: 'clinical', section: 'interventions' } as const;

/**
 * An action item writes a task into the clinical plan, so recording one takes
 * what editing that section would: write access to the clinical plan and to
 * its interventions (a community health worker, who only reads the clinical
 * plan, may not). The owner must be able to read the task they are given.
 */
export async function requireTaskWriter(services: Services, actor: Actor, patientId: string, ownerId: string): Promise<void> {
  const [writer, owner] = await Promise.all([activeMembership(services, patientId, actor.userId), activeMembership(services, patientId, ownerId)]);
  const mayWrite = writer !== null && planDocumentAccess(writer.membership, TASKS.audience, writer.preferences) === 'write'
    && canWritePlanSection(writer.membership.role, TASKS.audience, TASKS.section);
  if (!mayWrite) throw forbidden("Only those who may edit the clinical plan's tasks record action items.");
  if (!owner || planDocumentAccess(owner.membership, TASKS.audience, owner.preferences) === 'none') {
    throw invalid('ownerId', "The owner must be on the patient's care team and able to read the clinical plan.");
  }
}
