import type { Reconciliation, StartReconciliationInput } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor';
import { canStartReconciliation } from '../policies/reconciliationPolicy';
import type { Services } from '../services';
import { presentReconciliation } from './presentReconciliation';
import { refuseUnless, RECONCILIATION_AUDIT, requireReconciliationViewer } from './reconciliationAccess';
import { snapshotMedications, type ReconciliationData } from './reconciliationRules';

/**
 * Starts a reconciliation from the clinical plan's medication list as it is
 * now: the list is copied, so later plan edits do not change what was reviewed.
 */
export async function startReconciliation(services: Services, actor: Actor, patientId: string, input: StartReconciliationInput): Promise<Reconciliation> {
  const attempt = { action: 'C', type: 'reconciliation.start' } as const;
  const access = await requireReconciliationViewer(services, actor, patientId, attempt);
  await refuseUnless(canStartReconciliation(access.membership), services, actor, access, attempt, 'Your role cannot start a medication reconciliation.');
  const medications = snapshotMedications(await services.planWriter.readMedications(patientId));
  const data: ReconciliationData = { trigger: input.trigger, startedBy: actor.userId, medications, followUps: [], pharmacistReview: null, signed: null };
  const now = services.clock.now().toISOString();
  const record = { id: randomUUID(), patientId, status: 'in_progress' as const, data: JSON.stringify(data), revision: 1, createdAt: now, updatedAt: now };
  await services.store.reconciliations.insert(record);
  await services.audit.record({ actor, role: access.membership.role, patientId, ...attempt, ...RECONCILIATION_AUDIT, resourceId: record.id, outcome: 'success', reason: input.trigger });
  services.events.publish({ type: 'reconciliation.changed', patientId, reconciliationId: record.id });
  return presentReconciliation(services, record);
}
