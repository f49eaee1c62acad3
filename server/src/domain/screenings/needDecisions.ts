import type { DecideProposedNeedInput, ProposedNeed, ScreeningFlagCode } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { conflict, notFound } from '../errors';
import type { Services } from '../services';
import { requireScreening, requireScreeningRole } from './screeningAccess';

/** The coordinator accepts a proposed need (written into the clinical plan through the plan writer) or dismisses it. */
export async function decideProposedNeed(
  services: Services, actor: Actor, patientId: string, screeningId: string, flagCode: ScreeningFlagCode, input: DecideProposedNeedInput,
): Promise<void> {
  const { membership } = await requireScreeningRole(services, actor, patientId, 'care coordinator', 'screening.need');
  const screening = await requireScreening(services, patientId, screeningId);
  const needs = JSON.parse(screening.needs) as ProposedNeed[];
  const need = needs.find((n) => n.flagCode === flagCode);
  if (!need) throw notFound('Proposed need');
  if (need.status !== 'proposed') throw conflict(`This need was already ${need.status}.`);
  if (input.decision === 'accept') {
    await services.planWriter.addNeed(patientId, { id: randomUUID(), title: `${need.title}: ${need.reason}`, domain: need.domain, source: 'health screening' }, actor.userId);
  }
  const decided: ProposedNeed = { ...need, status: input.decision === 'accept' ? 'accepted' : 'dismissed', decidedBy: { userId: actor.userId, name: actor.name }, decidedAt: services.clock.now().toISOString() };
  await services.store.screenings.setNeeds(screeningId, JSON.stringify(needs.map((n) => (n.flagCode === flagCode ? decided : n))));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'U', type: `screening.need.${input.decision}`, resourceType: 'Condition', resourceId: screeningId, outcome: 'success' });
}
