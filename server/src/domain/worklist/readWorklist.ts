import type { WorkItem, Worklist } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { currentPreferences } from '../consent/sharingPreferences';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { currentEpisode, episodesOf } from '../enrollment/episodes';
import { deadlinesFor } from './deadlinesFor';
import { readableItems, requireTrackingReader } from './trackingAccess';

const RISK_ORDER = { High: 0, Moderate: 1, Low: 2 } as const;
const SORTS: Record<'dueDate' | 'patient' | 'riskLevel' | 'kind', (a: WorkItem, b: WorkItem) => number> = {
  dueDate: (a, b) => a.dueDate.localeCompare(b.dueDate),
  patient: (a, b) => a.patientName.localeCompare(b.patientName) || a.dueDate.localeCompare(b.dueDate),
  riskLevel: (a, b) => (a.riskLevel ? RISK_ORDER[a.riskLevel] : 3) - (b.riskLevel ? RISK_ORDER[b.riskLevel] : 3) || a.dueDate.localeCompare(b.dueDate),
  kind: (a, b) => a.kind.localeCompare(b.kind) || a.dueDate.localeCompare(b.dueDate),
};

/**
 * "My worklist": every due-soon, due and overdue deadline of the patients I
 * coordinate, plus the items I own on other teams — only items I may see now
 * (their category and the patient's consent decide, so a withdrawn caregiver
 * or a clinician outside a substance-use consent sees none of them).
 */
export async function readWorklist(services: Services, actor: Actor, query: { kind?: string; sort: keyof typeof SORTS }): Promise<Worklist> {
  const memberships = await services.store.careTeams.listForUser(actor.userId);
  const patients = await services.store.patients.findManyByIds(memberships.map((m) => m.patientId));
  const ids = patients.map((p) => p.id);
  const [items, attempts, episodes] = await Promise.all([services.store.tracking.listForPatients(ids), services.store.outreach.listForPatients(ids), services.store.enrollments.listForPatients(ids)]);
  const coordinated = new Set(memberships.filter((m) => m.role === 'care_coordinator').map((m) => m.patientId));
  const today = todayFor(services);
  const all = (await Promise.all(patients.map(async (p) => {
    const membership = memberships.find((m) => m.patientId === p.id) ?? null;
    const visible = readableItems(membership, await currentPreferences(services, p.id), items.filter((i) => i.patientId === p.id));
    // A disenrolled member's current episode has ended: they have no deadlines, so they leave the worklist.
    return deadlinesFor(p, visible, today, services.coordination, attempts.filter((a) => a.patientId === p.id), currentEpisode(episodesOf(p, episodes)));
  }))).flat();
  const mine = all.filter((w) => (coordinated.has(w.patientId) || w.ownerId === actor.userId) && ['due_soon', 'due', 'overdue', 'unable_to_reach'].includes(w.status));
  const shown = mine.filter((w) => !query.kind || w.kind === query.kind).sort(SORTS[query.sort]);
  // One record per patient whose deadlines are shown, so the worklist shows up in each patient's trail.
  await services.audit.recordForPatients({ actor, action: 'R', type: 'worklist.read', resourceType: 'Task', category: 'coordination', outcome: 'success' }, shown.map((w) => w.patientId));
  return { items: shown, overdue: mine.filter((w) => w.status === 'overdue').length };
}

/** The team view of one patient: every deadline the reader may see, done ones included (the clinical plan's readers only). */
export async function readPatientTracking(services: Services, actor: Actor, patientId: string): Promise<WorkItem[]> {
  const { patient, membership, preferences } = await requireTrackingReader(services, actor, patientId, { action: 'R', type: 'tracking.read' });
  const items = readableItems(membership, preferences, await services.store.tracking.listForPatients([patientId]));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'tracking.read', resourceType: 'Task', category: 'coordination', outcome: 'success' });
  const [attempts, episodes] = await Promise.all([services.store.outreach.listForPatients([patientId]), services.store.enrollments.listForPatients([patientId])]);
  return deadlinesFor(patient, items, todayFor(services), services.coordination, attempts, currentEpisode(episodesOf(patient, episodes))).sort(SORTS.dueDate);
}
