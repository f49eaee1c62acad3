import type { GoalSuggestionInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { requirePatientAccess } from '../patients/patientAccess';
import { canProposeGoals } from '../policies/consentPolicy';
import type { Services } from '../services';

/**
 * A family caregiver the patient allows suggests a goal. It is written into
 * the shared plan by the server (caregivers never get write access to the
 * document itself), marked proposed and attributed, for the team to accept.
 */
export async function suggestGoal(services: Services, actor: Actor, patientId: string, input: GoalSuggestionInput): Promise<{ itemId: string }> {
  const { membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'C', type: 'plan.goal.suggest' });
  if (!canProposeGoals(membership, preferences)) {
    await services.audit.record({
      actor, role: membership.role, patientId, action: 'C', type: 'plan.goal.suggest', resourceType: 'Goal', outcome: 'denied',
      reason: 'not a family member the patient lets suggest goals',
    });
    throw forbidden('Goal suggestions are for family members the patient has asked for them; the team edits the plan directly.');
  }
  const itemId = randomUUID();
  await services.planWriter.addGoalSuggestion(patientId, { id: itemId, title: input.title, proposedBy: actor.name }, actor.userId);
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'C', type: 'plan.goal.suggest', resourceType: 'Goal', resourceId: itemId, category: 'shared', outcome: 'success',
  });
  return { itemId };
}
