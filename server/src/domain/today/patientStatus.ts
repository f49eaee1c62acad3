import type { PatientStatusRow } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { lastReachedOn, notReachedIn30Days } from '../outreach/outreachLog';
import type { Services } from '../services';
import { readableTasks } from '../tasks/taskAccess';
import { caseloadDeadlines, type CaseloadPatient } from '../worklist/caseloadDeadlines';

const RISK_RANK = { High: 0, Moderate: 1, Low: 2 } as const;

/** Worst first: most overdue, then due today, then higher risk, then by name. */
export function byUrgency(a: PatientStatusRow, b: PatientStatusRow): number {
  const risk = (r: PatientStatusRow) => (r.riskLevel ? RISK_RANK[r.riskLevel] : 3);
  return b.overdue - a.overdue || b.dueToday - a.dueToday || risk(a) - risk(b) || a.name.localeCompare(b.name);
}

/** One patient's row, counted from the same deadlines the worklist lists. */
function presentStatusRow(p: CaseloadPatient, coordinator: PatientStatusRow['coordinator'], today: string): PatientStatusRow {
  const count = (status: string) => p.deadlines.filter((d) => d.status === status).length;
  const last = lastReachedOn(p.attempts);
  const openTasks = readableTasks(p.membership, p.preferences, p.tasks).filter((t) => t.status === 'open' || t.status === 'in_progress');
  return {
    id: p.patient.id, name: p.patient.name, memberNumber: p.patient.memberNumber, riskLevel: p.patient.riskLevel, myRole: p.membership.role, coordinator,
    screening: p.deadlines.find((d) => d.kind === 'screening')?.status ?? null,
    overdue: count('overdue'), dueToday: count('due'), dueSoon: count('due_soon'), openTasks: p.readsTracking ? openTasks.length : 0,
    lastReachedOn: p.readsTracking ? last : null, notReachedIn30Days: p.readsTracking && notReachedIn30Days(last, today),
  };
}

/** Every patient on the actor's staff memberships as a status row (not audited: callers audit what they show). */
export async function patientStatusRows(services: Services, actor: Actor): Promise<{ today: string; rows: PatientStatusRow[]; caseload: CaseloadPatient[] }> {
  const { today, patients } = await caseloadDeadlines(services, actor.userId);
  const teams = await Promise.all(patients.map((p) => services.store.careTeams.listForPatient(p.patient.id)));
  const leads = teams.map((team) => team.find((m) => m.role === 'care_coordinator' && m.isLead) ?? team.find((m) => m.role === 'care_coordinator') ?? null);
  const names = new Map((await services.store.users.findManyByIds(leads.flatMap((l) => (l ? [l.userId] : [])))).map((u) => [u.id, u.name]));
  const rows = patients.map((p, i) => {
    const lead = leads[i];
    return presentStatusRow(p, lead ? { userId: lead.userId, name: names.get(lead.userId) ?? 'Former member' } : null, today);
  });
  return { today, rows, caseload: patients };
}

/** "My patients" for staff: every patient on my care teams with where their deadlines stand. */
export async function readPatientOverview(services: Services, actor: Actor): Promise<PatientStatusRow[]> {
  const { rows } = await patientStatusRows(services, actor);
  // One record per patient listed, so the list shows up in each patient's trail.
  await services.audit.recordForPatients({ actor, action: 'R', type: 'patient.list', resourceType: 'Patient', outcome: 'success' }, rows.map((r) => r.id));
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}
