import { addDays } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Store } from '../../storage/port';

/** What the demo worklist shows, relative to the seeding day, for each demo patient by name. */
export function demoTrackedItems(today: string, enrolled: (name: string) => string): Array<{ patient: string; kind: string; data: Record<string, unknown>; owner?: string }> {
  return [
    // Screened three weeks after enrollment, plan a few weeks later; High risk is reviewed every 90 days.
    { patient: 'Rosa Delgado', kind: 'screening', data: { screenedOn: addDays(enrolled('Rosa Delgado'), 21), riskLevel: 'High', summary: '' } },
    { patient: 'Rosa Delgado', kind: 'plan_review', data: { reviewedOn: addDays(enrolled('Rosa Delgado'), 40) } },
    // A referral waiting for prior authorization.
    { patient: 'Rosa Delgado', kind: 'referral', owner: 'coordinator', data: { specialty: 'Orthopedics', inNetwork: false, priorAuth: 'requested', step: 'draft', stepSince: addDays(today, -2), priorAuthSince: addDays(today, -5) } },
    { patient: 'Walter Kim', kind: 'screening', data: { screenedOn: addDays(enrolled('Walter Kim'), 14), riskLevel: 'Moderate', summary: '' } },
    { patient: 'Walter Kim', kind: 'plan_review', data: { reviewedOn: addDays(enrolled('Walter Kim'), 30) } },
    // Discharged five days ago; no follow-up and no reconciliation yet.
    { patient: 'Walter Kim', kind: 'transition', data: { setting: 'hospital', admittedOn: addDays(today, -9), dischargedOn: addDays(today, -5), facility: 'St. Mary Medical Center', followUpOn: null, reconciledOn: null } },
    { patient: 'Amara Okafor', kind: 'screening', data: { screenedOn: addDays(enrolled('Amara Okafor'), 10), riskLevel: 'Low', summary: '' } },
    // Low risk is reviewed yearly: the annual review falls due next week.
    { patient: 'Amara Okafor', kind: 'plan_review', data: { reviewedOn: addDays(today, -358) } },
    { patient: 'Amara Okafor', kind: 'care_gap', data: { description: 'Flu vaccine this season', dueDate: addDays(today, 20), closedOn: null } },
  ];
}

/** Writes the demo worklist states. */
export async function seedDemoTracking(store: Store, today: string, patientIds: Map<string, { id: string; enrollmentDate: string }>, userIds: Map<string, string>): Promise<void> {
  const now = new Date().toISOString();
  for (const t of demoTrackedItems(today, (name) => patientIds.get(name)!.enrollmentDate)) {
    await store.tracking.insert({
      id: randomUUID(), patientId: patientIds.get(t.patient)!.id, kind: t.kind, category: 'clinical', data: JSON.stringify({ kind: t.kind, ...t.data }),
      ownerId: t.owner ? userIds.get(t.owner)! : null, createdAt: now, updatedAt: now,
    });
  }
}
