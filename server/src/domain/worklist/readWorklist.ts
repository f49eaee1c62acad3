import type { WorkItem, Worklist } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { currentEpisode, episodesOf } from '../enrollment/episodes';
import { caseloadDeadlines } from './caseloadDeadlines';
import { deadlinesFor } from './deadlinesFor';
import { readableItems, requireTrackingReader } from './trackingAccess';

const RISK_ORDER = { High: 0, Moderate: 1, Low: 2 } as const;
const SORTS: Record<'dueDate' | 'patient' | 'riskLevel' | 'kind', (a: WorkItem, b: WorkItem) => number> = {
  dueDate: (a, b) => a.dueDate.localeCompare(b.dueDate),
  patient: (a, b) => a.patientName.localeCompare(b.patientName) || a.dueDate.localeCompare(b.dueDate),
  riskLevel: (a, b) => (a.riskLevel ? RISK_ORDER[a.riskLevel] : 3) - (b.riskLevel ? RISK_ORDER[b.riskLevel] : 3) || a.dueDate.localeCompare(b.dueDate),
  kind: (a, b) => a.kind.localeCompare(b.kind) || a.dueDate.localeCompare(b.dueDate),
};

/** Statuses the worklist shows: what needs doing now or soon. */
export const OPEN_STATUSES: ReadonlySet<WorkItem['status']> = new Set(['due_soon', 'due', 'overdue', 'unable_to_reach']);

/**
 * "My worklist": every due-soon, due and overdue deadline of the patients on
 * my care teams — only items I may see now (their category and the patient's
 * consent decide, so a withdrawn caregiver or a clinician outside a
 * substance-use consent sees none of them). It covers the same patients as
 * "My patients" so the two never disagree (a physician once read "Nothing
 * due" beside "Screening overdue"); the client narrows it to "mine".
 */
export async function readWorklist(services: Services, actor: Actor, query: { kind?: string; sort: keyof typeof SORTS }): Promise<Worklist> {
  const { patients } = await caseloadDeadlines(services, actor.userId);
  const open = patients.flatMap((p) => p.deadlines).filter((w) => OPEN_STATUSES.has(w.status));
  const shown = open.filter((w) => !query.kind || w.kind === query.kind).sort(SORTS[query.sort]);
  // One record per patient whose deadlines are shown, so the worklist shows up in each patient's trail.
  await services.audit.recordForPatients({ actor, action: 'R', type: 'worklist.read', resourceType: 'Task', category: 'coordination', outcome: 'success' }, shown.map((w) => w.patientId));
  return { items: shown, overdue: open.filter((w) => w.status === 'overdue').length };
}

/** The team view of one patient: every deadline the reader may see, done ones included (the clinical plan's readers only). */
export async function readPatientTracking(services: Services, actor: Actor, patientId: string): Promise<WorkItem[]> {
  const { patient, membership, preferences } = await requireTrackingReader(services, actor, patientId, { action: 'R', type: 'tracking.read' });
  const items = readableItems(membership, preferences, await services.store.tracking.listForPatients([patientId]));
  await services.audit.record({ actor, role: membership.role, patientId, action: 'R', type: 'tracking.read', resourceType: 'Task', category: 'coordination', outcome: 'success' });
  const [attempts, episodes] = await Promise.all([services.store.outreach.listForPatients([patientId]), services.store.enrollments.listForPatients([patientId])]);
  return deadlinesFor(patient, items, todayFor(services), services.coordination, attempts, currentEpisode(episodesOf(patient, episodes))).sort(SORTS.dueDate);
}
