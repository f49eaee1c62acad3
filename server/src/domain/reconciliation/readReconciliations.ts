import type { Reconciliation, ReconciliationSummary } from '@carehuddle/shared';
import type { Actor } from '../actor';
import type { Services } from '../services';
import { presentReconciliation, presentReconciliationSummaries } from './presentReconciliation';
import { RECONCILIATION_AUDIT, requireReconciliation, requireReconciliationViewer } from './reconciliationAccess';

/** The patient's reconciliations, newest first. */
export async function listReconciliations(services: Services, actor: Actor, patientId: string): Promise<ReconciliationSummary[]> {
  const attempt = { action: 'R', type: 'reconciliation.list' } as const;
  const { membership } = await requireReconciliationViewer(services, actor, patientId, attempt);
  const records = await services.store.reconciliations.listForPatient(patientId);
  await services.audit.record({ actor, role: membership.role, patientId, ...attempt, ...RECONCILIATION_AUDIT, outcome: 'success' });
  return presentReconciliationSummaries(services, records);
}

/** One reconciliation, in progress or signed (the printable record). */
export async function readReconciliation(services: Services, actor: Actor, patientId: string, reconciliationId: string): Promise<Reconciliation> {
  const attempt = { action: 'R', type: 'reconciliation.read' } as const;
  const { membership, record } = await requireReconciliation(services, actor, patientId, reconciliationId, attempt);
  await services.audit.record({ actor, role: membership.role, patientId, ...attempt, ...RECONCILIATION_AUDIT, resourceId: record.id, outcome: 'success' });
  return presentReconciliation(services, record);
}
