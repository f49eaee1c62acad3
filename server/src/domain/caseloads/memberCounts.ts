import { addDays } from '@carehuddle/shared';
import type { OutreachRecord, PatientRecord, TaskRecord, TrackedItemRecord } from '../../storage/port';
import type { EpisodeFact } from '../enrollment/episodes';
import { lastReachedOn, NOT_REACHED_DAYS } from '../outreach/outreachLog';
import type { CoordinationSettings } from '../worklist/coordinationRules';
import { deadlinesFor } from '../worklist/deadlinesFor';

/** Statuses in which a screening counts as "due" on a caseload. */
const SCREENING_DUE = new Set(['due_soon', 'due', 'overdue', 'unable_to_reach']);
const OPEN_TASK = new Set(['open', 'in_progress']);

/** One enrolled member's numbers on a caseload. */
export interface MemberCounts {
  overdue: number;
  notReached: boolean;
  screeningDue: boolean;
}

/** The facts of one member the counts are made from. */
export interface MemberFacts {
  patient: PatientRecord;
  items: readonly TrackedItemRecord[];
  tasks: readonly TaskRecord[];
  attempts: readonly OutreachRecord[];
  episode: EpisodeFact;
}

/**
 * A member's caseload numbers. Only clinical items count: the supervisor is not
 * on the team, and even a count would tell them a behavioral-health or
 * substance-use item exists, which the member's consent keeps to its readers.
 */
export function memberCounts(facts: MemberFacts, today: string, settings: CoordinationSettings): MemberCounts {
  const clinical = facts.items.filter((i) => i.category === 'clinical');
  const deadlines = deadlinesFor(facts.patient, clinical, today, settings, facts.attempts, facts.episode);
  const overdueTasks = facts.tasks.filter((t) => t.category === 'clinical' && OPEN_TASK.has(t.status) && t.dueDate < today).length;
  const reached = lastReachedOn(facts.attempts);
  return {
    overdue: deadlines.filter((d) => d.status === 'overdue').length + overdueTasks,
    notReached: reached === null || reached <= addDays(today, -NOT_REACHED_DAYS),
    screeningDue: deadlines.some((d) => d.kind === 'screening' && SCREENING_DUE.has(d.status)),
  };
}

/** Rows grouped by member, so a whole organization is counted in one pass. */
export function byPatient<T extends { patientId: string }>(rows: readonly T[]): (patientId: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.patientId);
    if (group) group.push(row);
    else groups.set(row.patientId, [row]);
  }
  return (patientId) => groups.get(patientId) ?? [];
}
