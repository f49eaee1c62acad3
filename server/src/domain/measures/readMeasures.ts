import {
  MAX_MEASURE_MEMBERS, MAX_MEASURE_MONTHS, MEASURE_TITLES, type MeasureId, type MeasureMembers, type MeasureMembersQuery, type MeasuresQuery, type MeasuresReport,
} from '@carehuddle/shared';
import type { Actor } from '../actor';
import { invalid } from '../errors';
import { todayFor } from '../patients/patientAccess';
import type { Services } from '../services';
import { lastMonths, monthOf, monthsFrom } from './calendarMonths';
import { loadMeasureFacts, requireMeasureScope } from './loadMeasureFacts';
import type { MeasureWindow } from './memberFacts';
import { membersBehind, tallyMeasures } from './tallyMeasures';

/** Months a report covers when the reader names none: the last twelve, this one included. */
export const DEFAULT_MONTHS = 12;

/**
 * The window of a query, judged today: the last month defaults to this one
 * (or the first month, if that is later), the first to twelve months before
 * the last; at most `MAX_MEASURE_MONTHS`, so one request cannot ask for decades.
 */
export function windowOf(services: Services, query: { from?: string | undefined; to?: string | undefined }): MeasureWindow {
  const asOf = todayFor(services);
  const thisMonth = monthOf(asOf);
  const to = query.to ?? (query.from && query.from > thisMonth ? query.from : thisMonth);
  const from = query.from ?? lastMonths(`${to}-01`, DEFAULT_MONTHS).from;
  if (from > to) throw invalid('to', 'The last month cannot be before the first.');
  if (monthsFrom(from, to).length > MAX_MEASURE_MONTHS) throw invalid('from', `Choose at most ${MAX_MEASURE_MONTHS} months.`);
  return { from, to, asOf, planDaysAfterScreening: services.coordination.planDaysAfterScreening };
}

/** Names of the coordinators a report groups by ("No coordinator" for members without one). */
async function coordinatorNames(services: Services, ids: Iterable<string | null>): Promise<Map<string | null, string>> {
  const users = await services.store.users.findManyByIds([...new Set(ids)].filter((id): id is string => id !== null));
  return new Map<string | null, string>([[null, 'No coordinator'], ...users.map((u): [string, string] => [u.id, u.name])]);
}

/** Program measures over a period, for the organization or one caseload; no member is named, so one record says who looked. */
export async function readMeasures(services: Services, actor: Actor, query: MeasuresQuery): Promise<MeasuresReport> {
  const scope = await requireMeasureScope(services, actor, query.coordinatorId, 'measures.read');
  const window = windowOf(services, query);
  const facts = await loadMeasureFacts(services, scope, window, query.riskLevel);
  const names = await coordinatorNames(services, facts.map((f) => f.coordinatorId));
  const measures = tallyMeasures(facts, window, (id) => names.get(id) ?? 'Former coordinator');
  await services.audit.record({ actor, action: 'R', type: 'measures.read', resourceType: 'MeasureReport', category: 'coordination', outcome: 'success' });
  return {
    from: window.from, to: window.to, asOf: window.asOf, coordinatorId: scope.coordinatorId, riskLevel: query.riskLevel ?? null,
    planDaysAfterScreening: window.planDaysAfterScreening, measures,
    coordinators: [...names].filter((entry): entry is [string, string] => entry[0] !== null).map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The members behind one number (click-through): each one shown leaves a record in their trail. */
export async function readMeasureMembers(services: Services, actor: Actor, measure: MeasureId, query: MeasureMembersQuery): Promise<MeasureMembers> {
  const scope = await requireMeasureScope(services, actor, query.coordinatorId, 'measures.members');
  const window = windowOf(services, query);
  const facts = await loadMeasureFacts(services, scope, window);
  const found = membersBehind(facts, window, measure, {
    ...(query.month ? { month: query.month } : {}), ...(query.riskLevel ? { riskLevel: query.riskLevel } : {}), ...(query.result ? { result: query.result } : {}),
  });
  const shown = found.slice(0, MAX_MEASURE_MEMBERS);
  const patients = new Map((await services.store.patients.findManyByIds([...new Set(shown.map((e) => e.member.patientId))])).map((p) => [p.id, p]));
  await services.audit.recordForPatients({ actor, action: 'R', type: 'measures.members', resourceType: 'Patient', category: 'coordination', outcome: 'success' }, patients.keys());
  return {
    measure, title: MEASURE_TITLES[measure], total: found.length,
    members: shown.filter((e) => patients.has(e.member.patientId)).map((e) => ({
      patientId: e.member.patientId, name: patients.get(e.member.patientId)!.name, riskLevel: e.member.riskLevel,
      month: e.month, anchorDate: e.anchorDate, dueDate: e.dueDate, result: e.result,
    })).sort((a, b) => a.month.localeCompare(b.month) || a.name.localeCompare(b.name)),
  };
}
