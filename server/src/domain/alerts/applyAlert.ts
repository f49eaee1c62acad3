import type { AlertSummary } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { TrackedItemRecord } from '../../storage/port';
import type { Services } from '../services';
import { postAlertNote } from './alertNote';
import { alertsActor } from './alertsAuthor';

/** The open admission of the same stay (same encounter number), if the admit came first. */
async function openAdmission(services: Services, patientId: string, encounterId: string | null): Promise<TrackedItemRecord | null> {
  if (!encounterId) return null;
  const items = await services.store.tracking.listForPatients([patientId]);
  return items.find((i) => i.kind === 'admission' && (JSON.parse(i.data) as { encounterId?: string | null; dischargedOn?: string | null }).encounterId === encounterId) ?? null;
}

/**
 * What a matched alert does: an admit (or ED registration) records an open
 * admission; a discharge records the transition of care, whose follow-up and
 * medication reconciliation deadlines the worklist derives (and closes the
 * open admission of the same stay). Either way the team hears of it live and
 * a huddle note is posted. Alerts are clinical: their readers are the
 * clinical plan's.
 */
export async function applyAlert(services: Services, alertId: string, patientId: string, summary: AlertSummary, ip: string | null): Promise<void> {
  const now = services.clock.now().toISOString();
  const actor = alertsActor(ip);
  const base = { setting: summary.setting, facility: summary.facility, encounterId: summary.encounterId, alertId };
  const admission = await openAdmission(services, patientId, summary.encounterId);
  let item: TrackedItemRecord;
  if (summary.event === 'discharge') {
    const admittedOn = summary.admittedOn ?? (admission ? (JSON.parse(admission.data) as { admittedOn: string }).admittedOn : summary.dischargedOn!);
    item = {
      id: randomUUID(), patientId, kind: 'transition', category: 'clinical', ownerId: null, createdAt: now, updatedAt: now,
      data: JSON.stringify({ ...base, admittedOn, dischargedOn: summary.dischargedOn, dischargedTo: summary.dischargedTo, followUpOn: null, reconciledOn: null }),
    };
    if (admission) await services.store.tracking.update(admission.id, JSON.stringify({ ...JSON.parse(admission.data), dischargedOn: summary.dischargedOn }), now);
  } else {
    item = {
      id: randomUUID(), patientId, kind: 'admission', category: 'clinical', ownerId: null, createdAt: now, updatedAt: now,
      data: JSON.stringify({ ...base, event: summary.event, admittedOn: summary.admittedOn, dischargedOn: null }),
    };
  }
  await services.store.tracking.insert(item);
  await services.audit.record({
    actor, role: 'interface', patientId, action: 'C', type: `tracking.${item.kind}`, resourceType: 'Task', resourceId: item.id, category: 'coordination', outcome: 'success',
  });
  await postAlertNote(services, patientId, alertId, summary, ip);
  services.events.publish({ type: 'worklist.changed', patientId, category: 'clinical' });
  services.events.publish({ type: 'transition.alerted', patientId, event: summary.event });
}
