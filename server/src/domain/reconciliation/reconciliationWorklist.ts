import type { Actor } from '../actor';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { progressTrackedItem } from '../worklist/trackingCommands';

/**
 * A signed reconciliation after a discharge settles the worklist's
 * "medication reconciliation after discharge" step of the latest discharge
 * that still waits for one (docs/worklist.md), as recording it by hand would.
 */
export async function markDischargeReconciled(services: Services, actor: Actor, patientId: string): Promise<void> {
  const items = await services.store.tracking.listForPatients([patientId]);
  const waiting = items.filter((i) => i.kind === 'transition' && (JSON.parse(i.data) as { reconciledOn?: string | null }).reconciledOn == null);
  const latest = waiting.at(-1);
  if (latest) await progressTrackedItem(services, actor, patientId, latest.id, { action: 'reconciliation_done', on: todayFor(services) });
}
