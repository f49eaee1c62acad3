import type { CaseloadMember, Caseloads, CoordinatorCaseload } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { currentEpisode, episodesOf, isEnrolled } from '../enrollment/episodes';
import { forbidden } from '../errors';
import { todayFor } from '../patients/patientAccess';
import { mayOverseeProgram } from '../policies/programOversight';
import type { Services } from '../services';
import { byPatient, memberCounts } from './memberCounts';

/** What every caseload audit record shares. */
export const CASELOAD_AUDIT = { role: 'supervisor', resourceType: 'Patient', category: 'caseload' } as const;

/** Refuses (and audits) anyone who may not oversee the program. */
export async function requireOverseer(services: Services, actor: Actor, attempt: { action: 'R' | 'U'; type: string }): Promise<void> {
  if (mayOverseeProgram(actor)) return;
  await services.audit.record({ actor, ...CASELOAD_AUDIT, role: null, ...attempt, outcome: 'denied', reason: 'may not oversee the program' });
  throw forbidden('Only supervisors and organization admins see caseloads.');
}

/** Adds one member's numbers to their coordinator's row. */
function addTo(row: CoordinatorCaseload, member: CaseloadMember): void {
  row.members += 1;
  row.byRisk[member.riskLevel ?? 'unscreened'] += 1;
  row.overdue += member.overdue;
  if (member.notReached) row.notReached += 1;
  if (member.screeningDue) row.screeningsDue += 1;
}

/**
 * Every coordinator's caseload (supervisors and admins): enrolled members by
 * lead coordinator, with counts by risk level, overdue items, members not
 * reached in 30 days and screenings due. Names and counts only; each member
 * shown is audited.
 */
export async function readCaseloads(services: Services, actor: Actor): Promise<Caseloads> {
  await requireOverseer(services, actor, { action: 'R', type: 'caseload.read' });
  const { store } = services;
  const patients = await store.patients.findManyByIds(await store.patients.listIds());
  const ids = patients.map((p) => p.id);
  const [leads, items, tasks, attempts, episodes] = await Promise.all([
    store.careTeams.listLeads(), store.tracking.listForPatients(ids), store.tasks.listForPatients(ids), store.outreach.listForPatients(ids), store.enrollments.listForPatients(ids),
  ]);
  const leadOf = new Map(leads.map((m) => [m.patientId, m.userId]));
  const names = new Map((await store.users.findManyByIds([...new Set(leadOf.values())])).map((u) => [u.id, u.name]));
  const [itemsOf, tasksOf, attemptsOf, episodesOfMember] = [byPatient(items), byPatient(tasks), byPatient(attempts), byPatient(episodes)];
  const today = todayFor(services);
  const members: CaseloadMember[] = [];
  for (const patient of patients) {
    const history = episodesOf(patient, episodesOfMember(patient.id));
    // A disenrolled member leaves caseload counts; their team still reads their record.
    if (!isEnrolled(history)) continue;
    const counts = memberCounts({
      patient, episode: currentEpisode(history), items: itemsOf(patient.id), tasks: tasksOf(patient.id), attempts: attemptsOf(patient.id),
    }, today, services.coordination);
    const leadId = leadOf.get(patient.id) ?? null;
    members.push({ patientId: patient.id, name: patient.name, riskLevel: patient.riskLevel, leadId, leadName: leadId ? (names.get(leadId) ?? null) : null, ...counts });
  }
  const rows = new Map<string, CoordinatorCaseload>();
  for (const member of members) {
    if (!member.leadId) continue;
    const row = rows.get(member.leadId) ?? { userId: member.leadId, name: member.leadName ?? 'Former staff member', members: 0, byRisk: { High: 0, Moderate: 0, Low: 0, unscreened: 0 }, overdue: 0, notReached: 0, screeningsDue: 0 };
    addTo(row, member);
    rows.set(member.leadId, row);
  }
  await services.audit.recordForPatients({ actor, ...CASELOAD_AUDIT, action: 'R', type: 'caseload.read', outcome: 'success' }, members.map((m) => m.patientId));
  return {
    coordinators: [...rows.values()].sort((a, b) => a.name.localeCompare(b.name)),
    members: members.sort((a, b) => a.name.localeCompare(b.name)),
  };
}
