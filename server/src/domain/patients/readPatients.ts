import type { PatientDetail, PatientSummary } from '@carehuddle/shared';
import type { CareTeamMembershipRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { currentPreferences } from '../consent/sharingPreferences';
import { isSharedWith } from '../policies/consentPolicy';
import type { Services } from '../services';
import { canSeeTeamMember } from '../policies/teamDisplayPolicy';
import { requirePatientAccess, todayFor } from './patientAccess';
import { currentEpisode, episodesOf } from '../enrollment/episodes';
import { episodeScreening } from '../worklist/deadlinesFor';
import { presentPatientDetail, presentPatientSummary } from './presenters';

/** Memberships that count: a family caregiver's only while the patient shares with them. */
async function sharedMemberships(services: Services, memberships: CareTeamMembershipRecord[]): Promise<CareTeamMembershipRecord[]> {
  const shared = await Promise.all(memberships.map(async (m) => isSharedWith(m, await currentPreferences(services, m.patientId))));
  return memberships.filter((_, i) => shared[i]);
}

/** "My patients": only patients whose care team the user is on (and, for family, who share with them). */
export async function listMyPatients(services: Services, actor: Actor): Promise<PatientSummary[]> {
  const memberships = await sharedMemberships(services, await services.store.careTeams.listForUser(actor.userId));
  const patients = await services.store.patients.findManyByIds(memberships.map((m) => m.patientId));
  const byPatient = new Map(memberships.map((m) => [m.patientId, m]));
  const today = todayFor(services);
  const shown = patients.filter((p) => byPatient.has(p.id));
  // One record per patient listed, so the list shows up in each patient's trail.
  await services.audit.recordForPatients({ actor, action: 'R', type: 'patient.list', resourceType: 'Patient', outcome: 'success' }, shown.map((p) => p.id));
  const ids = shown.map((p) => p.id);
  const [tracked, episodes] = await Promise.all([services.store.tracking.listForPatients(ids), services.store.enrollments.listForPatients(ids)]);
  return shown.map((p) => presentPatientSummary(p, byPatient.get(p.id)!, today,
    episodeScreening(p, tracked.filter((i) => i.patientId === p.id), currentEpisode(episodesOf(p, episodes)))));
}

/** Opens one patient with their care team. */
export async function readPatient(services: Services, actor: Actor, patientId: string): Promise<PatientDetail> {
  const { patient, membership, preferences } = await requirePatientAccess(services, actor, patientId, { action: 'R', type: 'patient.read' });
  const team = await services.store.careTeams.listForPatient(patientId);
  const users = await services.store.users.findManyByIds([
    ...team.map((m) => m.userId),
    ...(patient.riskSetBy ? [patient.riskSetBy] : []),
    ...(patient.pcpUserId ? [patient.pcpUserId] : []),
  ]);
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'R', type: 'patient.read', resourceType: 'Patient',
    resourceId: patientId, category: 'demographics', outcome: 'success',
  });
  // The family sees only the part of the team the patient's consent covers.
  const shown = team.filter((m) => canSeeTeamMember(membership, m, preferences));
  const [tracked, episodes] = await Promise.all([services.store.tracking.listForPatients([patientId]), services.store.enrollments.listForPatients([patientId])]);
  const screening = episodeScreening(patient, tracked, currentEpisode(episodesOf(patient, episodes)));
  return presentPatientDetail(patient, membership, shown, new Map(users.map((u) => [u.id, u])), todayFor(services), preferences, screening);
}
