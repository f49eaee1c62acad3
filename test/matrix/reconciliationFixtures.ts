import type { Reconciliation } from '@carehuddle/shared';
import type { World } from './actors';

const open = new WeakMap<World, Promise<Reconciliation>>();

async function start(w: World): Promise<Reconciliation> {
  const res = await w.clients.coordinator.post(`/api/patients/${w.rosaId}/reconciliations`, { trigger: 'on_request' });
  if (res.status !== 201) throw new Error(`reconciliation fixture failed with ${res.status}`);
  return (await res.json()) as Reconciliation;
}

/** One in-progress reconciliation of Rosa's, shared by the rows that read or change it. */
export function openReconciliation(w: World): Promise<Reconciliation> {
  let found = open.get(w);
  if (!found) {
    found = start(w);
    open.set(w, found);
  }
  return found;
}

/** A fresh reconciliation with every medication decided, ready to be signed (one per probe: signing ends it). */
export async function completableReconciliation(w: World): Promise<Reconciliation> {
  const rec = await start(w);
  for (const m of rec.medications) {
    await w.clients.coordinator.request('PUT', `/api/patients/${w.rosaId}/reconciliations/${rec.id}/medications/${m.itemId}`, { decision: 'continue', discrepancy: null });
  }
  return rec;
}
