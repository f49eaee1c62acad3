import { ScreeningOutcomeSchema, type RiskChange, type RiskHistory, type SetRiskLevelInput } from '@carehuddle/shared';
import type { RiskChangeRecord } from '../../storage/port';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { invalid } from '../errors';
import type { Services } from '../services';
import { requireScreening, requireScreeningRole } from './screeningAccess';

/** The care coordinator sets or overrides the risk level, with a reason; the change is kept (who, when, from, to, why). */
export async function setRiskLevel(services: Services, actor: Actor, patientId: string, input: SetRiskLevelInput): Promise<RiskChange> {
  const { membership, patient } = await requireScreeningRole(services, actor, patientId, 'care coordinator', 'risk.set');
  if (input.screeningId && (await requireScreening(services, patientId, input.screeningId)).status !== 'completed') {
    throw invalid('screeningId', 'Complete the screening before accepting its risk level.');
  }
  const change = {
    id: randomUUID(), patientId, from: patient.riskLevel, to: input.riskLevel, reason: input.reason, by: actor.userId,
    at: services.clock.now().toISOString(), screeningId: input.screeningId ?? null,
  };
  await services.store.screenings.recordRiskChange(change);
  await services.audit.record({ actor, role: membership.role, patientId, action: 'U', type: 'risk.set', resourceType: 'RiskAssessment', resourceId: change.id, outcome: 'success' });
  // The plan-review interval follows the risk level.
  services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
  return { id: change.id, from: change.from, to: change.to, reason: change.reason, by: { userId: actor.userId, name: actor.name }, at: change.at, screeningId: change.screeningId };
}

/** Every change of the risk level, newest first, for administering staff (reasons may quote depression or safety scores). */
export async function riskHistory(services: Services, actor: Actor, patientId: string): Promise<RiskHistory> {
  const { membership } = await requireScreeningRole(services, actor, patientId, 'administering staff', 'risk.history', 'R');
  const changes = await services.store.screenings.riskHistory(patientId);
  const names = new Map((await services.store.users.findManyByIds([...new Set(changes.map((c) => c.by))])).map((u) => [u.id, u.name]));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'risk.history', resourceType: 'RiskAssessment', resourceId: patientId, outcome: 'success' });
  return {
    changes: changes.map((c) => ({ id: c.id, from: c.from, to: c.to, reason: c.reason, by: { userId: c.by, name: names.get(c.by) ?? 'Former team member' }, at: c.at, screeningId: c.screeningId })),
    currentReasons: await reasonsFor(services, patientId, changes[0]),
  };
}

/** Why the level is what it is: the accepted screening's computed reasons, else the coordinator's own words. */
async function reasonsFor(services: Services, patientId: string, latest: RiskChangeRecord | undefined): Promise<string[]> {
  if (!latest) return [];
  const screening = latest.screeningId ? await services.store.screenings.find(patientId, latest.screeningId) : null;
  const outcome = screening?.outcome ? ScreeningOutcomeSchema.safeParse(JSON.parse(screening.outcome)) : null;
  return outcome?.success && outcome.data.reasons.length > 0 ? outcome.data.reasons : [latest.reason];
}
