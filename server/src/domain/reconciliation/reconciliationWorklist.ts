import type { Actor } from '../actor';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';

/**
 * A signed reconciliation after a discharge settles the worklist's
 * "medication reconciliation after discharge" step of the latest discharge
 * that still waits for one (docs/worklist.md).
 */
export async function markDischargeReconciled(services: Services, actor: Actor, patientId: string): Promise<void> {
  const items = await services.store.tracking.listForPatients([patientId]);
  const open = items.filter((i) => i.kind === 'transition').map((i) => ({ item: i, data: JSON.parse(i.data) as Record<string, unknown> }))
    .filter(({ data }) => data.reconciledOn === null || data.reconciledOn === undefined);
  const latest = open.at(-1);
  if (!latest) return;
  await services.store.tracking.update(latest.item.id, JSON.stringify({ ...latest.data, reconciledOn: todayFor(services) }), services.clock.now().toISOString());
  await services.audit.record({ actor, patientId, action: 'U', type: 'tracking.reconciliation_done', resourceType: 'Task', resourceId: latest.item.id, category: 'coordination', outcome: 'success', reason: 'medication reconciliation signed' });
  services.events.publish({ type: 'worklist.changed', patientId });
}
