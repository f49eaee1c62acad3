import type { AuditAction, ReconciliationRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, forbidden, notFound } from '../errors';
import { requirePatientAccess, type PatientAccess } from '../patients/patientAccess';
import { canViewReconciliations } from '../policies/reconciliationPolicy';
import type { Services } from '../services';
import type { ReasonCode } from '../audit/auditTrail';
import type { ReconciliationData } from './reconciliationRules';

/** What every reconciliation audit record shares. */
export const RECONCILIATION_AUDIT = { resourceType: 'List', category: 'clinical/medications' } as const;

/** An attempted action on a patient's reconciliations, for the audit trail. */
export interface Attempt {
  action: AuditAction;
  type: string;
}

/**
 * Patient access for someone who may see reconciliations. Everyone else — off
 * the team, family side, community support — gets "not found", audited.
 */
export async function requireReconciliationViewer(services: Services, actor: Actor, patientId: string, attempt: Attempt): Promise<PatientAccess> {
  const access = await requirePatientAccess(services, actor, patientId, attempt);
  if (!canViewReconciliations(access.membership)) {
    await services.audit.record({ actor, role: access.membership.role, patientId, ...attempt, ...RECONCILIATION_AUDIT, outcome: 'denied', reason: 'role may not see reconciliations' });
    throw notFound('Reconciliation');
  }
  return access;
}

/** One reconciliation with its data, for a user who may see it. */
export async function requireReconciliation(
  services: Services, actor: Actor, patientId: string, reconciliationId: string, attempt: Attempt,
): Promise<PatientAccess & { record: ReconciliationRecord; data: ReconciliationData }> {
  const access = await requireReconciliationViewer(services, actor, patientId, attempt);
  const record = await services.store.reconciliations.find(patientId, reconciliationId);
  if (!record) {
    await services.audit.record({ actor, role: access.membership.role, patientId, ...attempt, ...RECONCILIATION_AUDIT, resourceId: reconciliationId, outcome: 'denied', reason: 'no such reconciliation' });
    throw notFound('Reconciliation');
  }
  return { ...access, record, data: JSON.parse(record.data) as ReconciliationData };
}

/** Refuses (and audits) an action the user's role may not take; the message is a fixed one, so it may be the audit reason. */
export async function refuseUnless<M extends string>(
  allowed: boolean, services: Services, actor: Actor, access: PatientAccess, attempt: Attempt & { resourceId?: string }, message: ReasonCode<M>,
): Promise<void> {
  if (allowed) return;
  await services.audit.record({ actor, role: access.membership.role, patientId: access.patient.id, ...attempt, ...RECONCILIATION_AUDIT, outcome: 'denied', reason: message });
  throw forbidden(message);
}

/** Refuses (and audits) any change to a completed reconciliation: a signed record never changes. */
export async function refuseIfCompleted(services: Services, actor: Actor, access: PatientAccess, record: ReconciliationRecord, attempt: Attempt): Promise<void> {
  if (record.status !== 'completed') return;
  await services.audit.record({
    actor, role: access.membership.role, patientId: access.patient.id, ...attempt, ...RECONCILIATION_AUDIT, resourceId: record.id,
    outcome: 'denied', reason: 'completed reconciliations are immutable',
  });
  throw conflict('This reconciliation is completed and signed; it can no longer change.');
}
