import { addDays, type RiskLevel } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { measureScopeFor } from '../policies/programOversight';
import type { Services } from '../services';
import { lastDayOf } from './calendarMonths';
import type { EnrollmentEpisodeRecord, MeasureMemberRecord } from '../../storage/port';
import { episodesOf } from '../enrollment/episodes';
import { factsFromRecords, MEASURED_KINDS } from './factsFromRecords';
import { REACHED_DAYS } from './measureEvents';
import type { MeasureWindow, MemberFacts } from './memberFacts';

/** Whose members a request covers: the organization (null) or one lead coordinator's. */
export interface MeasureScope { coordinatorId: string | null }

/** The reader's scope, or 403 (audited) when they may not see program measures or asked for another coordinator's. */
export async function requireMeasureScope(services: Services, actor: Actor, requestedCoordinatorId: string | undefined, type: string): Promise<MeasureScope> {
  const coordinatesAnyone = (await services.store.careTeams.listForUser(actor.userId)).some((m) => m.role === 'care_coordinator');
  const scope = measureScopeFor(actor, coordinatesAnyone, requestedCoordinatorId);
  if (scope) return scope;
  await services.audit.record({ actor, action: 'R', type, resourceType: 'MeasureReport', category: 'coordination', outcome: 'denied' });
  throw forbidden('Program measures are for organization admins and, for their own caseload, care coordinators.');
}

/**
 * The facts of the members in scope, read in three bulk queries. A caseload is
 * the members whose lead coordinator is that person; a risk level narrows it.
 */
export async function loadMeasureFacts(services: Services, scope: MeasureScope, window: MeasureWindow, riskLevel?: RiskLevel): Promise<MemberFacts[]> {
  const facts = services.store.measureFacts;
  // The first month is judged on its last day, over the 30 days before it: older contacts count for nothing.
  const since = addDays(lastDayOf(window.from), -REACHED_DAYS);
  const [members, items, reached] = await Promise.all([
    facts.members(scope.coordinatorId), facts.clinicalItems(scope.coordinatorId, MEASURED_KINDS), facts.reachedDays(scope.coordinatorId, since),
  ]);
  const inScope = members.filter((m) => (scope.coordinatorId === null || m.coordinatorId === scope.coordinatorId) && (riskLevel === undefined || m.riskLevel === riskLevel));
  const stored = await storedEpisodesByMember(services, inScope.map((m) => m.patientId));
  // A member disenrolled before a window ends leaves that window's denominator (memberFacts.ts).
  const episodes = (m: MeasureMemberRecord) => episodesOf({ id: m.patientId, enrollmentDate: m.enrollmentDate }, stored.get(m.patientId) ?? []);
  return [...factsFromRecords({ members: inScope, items, reached }, services.timeZone, episodes).values()];
}

/** Members' stored enrollment episodes, read in chunks: one statement takes a bounded number of parameters. */
async function storedEpisodesByMember(services: Services, patientIds: readonly string[]): Promise<Map<string, EnrollmentEpisodeRecord[]>> {
  const byMember = new Map<string, EnrollmentEpisodeRecord[]>();
  for (let i = 0; i < patientIds.length; i += EPISODE_READ_CHUNK) {
    for (const record of await services.store.enrollments.listForPatients(patientIds.slice(i, i + EPISODE_READ_CHUNK))) {
      const list = byMember.get(record.patientId) ?? [];
      list.push(record);
      byMember.set(record.patientId, list);
    }
  }
  return byMember;
}

const EPISODE_READ_CHUNK = 5_000;
