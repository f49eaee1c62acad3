import type { Actor } from '../actor';
import { activeMembership } from '../consent/sharingPreferences';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { readableItems } from '../worklist/trackingAccess';
import { progressTrackedItem } from '../worklist/trackingCommands';

/**
 * A signed reconciliation after a discharge settles the worklist's
 * "medication reconciliation after discharge" step of the latest discharge
 * that still waits for one (docs/worklist.md), as recording it by hand would.
 */
export async function markDischargeReconciled(services: Services, actor: Actor, patientId: string): Promise<void> {
  // Only discharges the signer may see: one recorded as substance use stays for its readers to settle.
  const access = await activeMembership(services, patientId, actor.userId);
  const items = access ? readableItems(access.membership, access.preferences, await services.store.tracking.listForPatients([patientId])) : [];
  const waiting = items.filter((i) => i.kind === 'transition' && (JSON.parse(i.data) as { reconciledOn?: string | null }).reconciledOn == null);
  const latest = waiting.at(-1);
  if (latest) await progressTrackedItem(services, actor, patientId, latest.id, { action: 'reconciliation_done', on: todayFor(services) });
}
