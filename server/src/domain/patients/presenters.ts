import { PLAN_AUDIENCES, screeningDueDate, screeningStatus, type CareTeamMember, type PatientDetail, type PatientSummary, type SharingPreferences } from '@carehuddle/shared';
import type { CareTeamMembershipRecord, PatientRecord, UserRecord } from '../../storage/port';
import { canProposeGoals } from '../policies/consentPolicy';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import { presentPatientProfile } from './patientProfile';

/** The only way a patient leaves the server as a list row. */
export function presentPatientSummary(
  patient: PatientRecord,
  membership: CareTeamMembershipRecord,
  today: string,
  /** The current episode's start and the last completed screening that counts for it. */
  screening: { startedOn: string; screenedOn: string | null },
): PatientSummary {
  return {
    id: patient.id,
    name: patient.name,
    riskLevel: patient.riskLevel,
    enrollmentDate: patient.enrollmentDate,
    screeningDueDate: screeningDueDate(screening.startedOn),
    screeningStatus: screeningStatus(screening.screenedOn, screening.startedOn, today),
    myRole: membership.role,
  };
}

/**
 * A care team member with their display name. Contact details stay on the
 * server, with one exception: the care coordinator's work phone, because the
 * coordinator is the person the member and their family are told to call.
 * Nobody else's number leaves, whoever reads the team.
 */
export function presentCareTeamMember(m: CareTeamMembershipRecord, usersById: ReadonlyMap<string, UserRecord>): CareTeamMember {
  const user = usersById.get(m.userId);
  return {
    userId: m.userId,
    name: user?.name ?? 'Former member',
    role: m.role,
    isLead: m.isLead,
    joinedAt: m.joinedAt,
    workPhone: m.role === 'care_coordinator' ? (user?.workPhone ?? null) : null,
  };
}

/** The only way a whole patient record leaves the server. */
export function presentPatientDetail(
  patient: PatientRecord,
  membership: CareTeamMembershipRecord,
  team: readonly CareTeamMembershipRecord[],
  usersById: ReadonlyMap<string, UserRecord>,
  today: string,
  preferences: SharingPreferences,
  screening: { startedOn: string; screenedOn: string | null },
): PatientDetail {
  const setBy = patient.riskSetBy ? usersById.get(patient.riskSetBy) : undefined;
  return {
    ...presentPatientSummary(patient, membership, today, screening),
    ...presentPatientProfile(patient, usersById),
    dateOfBirth: patient.dateOfBirth,
    memberNumber: patient.memberNumber,
    riskSetBy: patient.riskSetBy ? { userId: patient.riskSetBy, name: setBy?.name ?? 'Former member' } : null,
    riskSetAt: patient.riskSetAt,
    careTeam: team.map((m) => presentCareTeamMember(m, usersById)),
    myAccess: {
      documents: Object.fromEntries(PLAN_AUDIENCES.map((a) => [a, planDocumentAccess(membership, a, preferences)])) as PatientDetail['myAccess']['documents'],
      proposeGoals: canProposeGoals(membership, preferences),
    },
  };
}
