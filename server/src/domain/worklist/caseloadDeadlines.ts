import type { SharingPreferences, WorkItem } from '@carehuddle/shared';
import type { CareTeamMembershipRecord, OutreachRecord, PatientRecord, TaskRecord } from '../../storage/port';
import { currentPreferences } from '../consent/sharingPreferences';
import { currentEpisode, episodesOf } from '../enrollment/episodes';
import { todayFor } from '../patients/patientAccess';
import { isFamilySide } from '../policies/notePolicy';
import { canReadTracking } from '../policies/trackingPolicy';
import type { Services } from '../services';
import { deadlinesFor } from './deadlinesFor';
import { readableItems } from './trackingAccess';

/** One patient of a staff member's care teams, with every deadline the member may see. */
export interface CaseloadPatient {
  patient: PatientRecord;
  membership: CareTeamMembershipRecord;
  preferences: SharingPreferences;
  /** Every deadline the member may see (none when they may not read the patient's tracking). */
  deadlines: WorkItem[];
  /** Whether the member may read the patient's coordination data at all. */
  readsTracking: boolean;
  tasks: TaskRecord[];
  attempts: OutreachRecord[];
}

/**
 * The deadlines of every patient on the actor's care teams, computed once by
 * the worklist rules with the actor's visibility (category and consent). The
 * worklist, "My patients" and the start page all read this, so a deadline
 * counted in one is counted in the others (the daily digest too). Family
 * memberships are left out: the family reads no tracking.
 */
export async function caseloadDeadlines(services: Services, userId: string): Promise<{ today: string; patients: CaseloadPatient[] }> {
  const memberships = (await services.store.careTeams.listForUser(userId)).filter((m) => !isFamilySide(m.role));
  const ids = memberships.map((m) => m.patientId);
  const [patients, items, attempts, tasks, episodes] = await Promise.all([
    services.store.patients.findManyByIds(ids), services.store.tracking.listForPatients(ids), services.store.outreach.listForPatients(ids), services.store.tasks.listForPatients(ids),
    services.store.enrollments.listForPatients(ids),
  ]);
  const today = todayFor(services);
  const rows = await Promise.all(patients.map(async (patient): Promise<CaseloadPatient | null> => {
    const membership = memberships.find((m) => m.patientId === patient.id);
    if (!membership) return null;
    const preferences = await currentPreferences(services, patient.id);
    const readsTracking = canReadTracking(membership, preferences, 'clinical');
    const own = attempts.filter((a) => a.patientId === patient.id);
    const visible = readableItems(membership, preferences, items.filter((i) => i.patientId === patient.id));
    return {
      patient, membership, preferences, readsTracking, attempts: own, tasks: tasks.filter((t) => t.patientId === patient.id),
      // A disenrolled member's current episode has ended: they have no deadlines, so they leave the worklist and the counts.
      deadlines: readsTracking ? deadlinesFor(patient, visible, today, services.coordination, own, currentEpisode(episodesOf(patient, episodes))) : [],
    };
  }));
  return { today, patients: rows.filter((r): r is CaseloadPatient => r !== null) };
}

/** The deadlines overdue or due today across a caseload, soonest first: what the start page lists and the digest counts. */
export function dueAndOverdue(patients: CaseloadPatient[]): WorkItem[] {
  return patients.flatMap((p) => p.deadlines).filter((d) => d.status === 'overdue' || d.status === 'due')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.patientName.localeCompare(b.patientName));
}
