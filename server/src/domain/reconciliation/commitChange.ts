import type { Reconciliation } from '@carehuddle/shared';
import type { ReconciliationRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, notFound } from '../errors';
import type { PatientAccess } from '../patients/patientAccess';
import type { Services } from '../services';
import { presentReconciliation } from './presentReconciliation';
import { RECONCILIATION_AUDIT, refuseIfCompleted, type Attempt } from './reconciliationAccess';
import type { ReconciliationData } from './reconciliationRules';

/** What a change produces from the current data. May throw to refuse (e.g. items still pending). */
export type Change = (data: ReconciliationData) => { data: ReconciliationData; status: ReconciliationRecord['status'] };

const ATTEMPTS = 3;

/**
 * Applies a change with the store's conditional update. Two people deciding
 * on different medications at once both succeed: a lost race re-reads and
 * applies the change to the newer data. A completed reconciliation never
 * changes (409), whoever completed it and however late the change arrives.
 */
export async function commitChange(
  services: Services, actor: Actor, current: PatientAccess & { record: ReconciliationRecord; data: ReconciliationData }, attempt: Attempt, change: Change,
): Promise<Reconciliation> {
  const audit = { actor, role: current.membership.role, patientId: current.patient.id, ...attempt, ...RECONCILIATION_AUDIT, resourceId: current.record.id };
  let { record, data } = current;
  for (let round = 0; round < ATTEMPTS; round += 1) {
    await refuseIfCompleted(services, actor, current, record, attempt);
    const next = change(data);
    const stored = { ...record, data: JSON.stringify(next.data), status: next.status, updatedAt: services.clock.now().toISOString() };
    if (await services.store.reconciliations.update(record.id, stored, record.revision)) {
      await services.audit.record({ ...audit, outcome: 'success' });
      services.events.publish({ type: 'reconciliation.changed', patientId: record.patientId, reconciliationId: record.id });
      return presentReconciliation(services, { ...stored, revision: record.revision + 1 });
    }
    const fresh = await services.store.reconciliations.find(record.patientId, record.id);
    if (!fresh) throw notFound('Reconciliation');
    record = fresh;
    data = JSON.parse(fresh.data) as ReconciliationData;
  }
  throw conflict('Others are changing this reconciliation right now; please try again.');
}
