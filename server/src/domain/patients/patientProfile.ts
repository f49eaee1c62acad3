import type { PatientProfile, PatientProfileInput } from '@carehuddle/shared';
import type { PatientProfileRecord, PatientRecord, UserRecord } from '../../storage/port';

/** The profile fields of an input as a record; what the input leaves out is not recorded. */
export function profileRecordOf(input: PatientProfileInput): Omit<PatientProfileRecord, 'pcpUserId'> {
  return {
    preferredLanguage: input.preferredLanguage ?? null,
    interpreterNeeded: input.interpreterNeeded ?? null,
    phone: input.phone ?? null,
    preferredContactTime: input.preferredContactTime ?? null,
    address: input.address ?? null,
    healthPlanName: input.healthPlanName ?? null,
    allergies: input.allergies ?? null,
  };
}

/** The profile as it leaves the server; the PCP shows by name. */
export function presentPatientProfile(patient: PatientRecord, usersById: ReadonlyMap<string, UserRecord>): PatientProfile {
  const pcpUserId = patient.pcpUserId ?? null;
  return {
    preferredLanguage: patient.preferredLanguage ?? null,
    interpreterNeeded: patient.interpreterNeeded ?? null,
    phone: patient.phone ?? null,
    preferredContactTime: patient.preferredContactTime ?? null,
    address: patient.address ?? null,
    healthPlanName: patient.healthPlanName ?? null,
    allergies: patient.allergies ?? null,
    pcp: pcpUserId ? { userId: pcpUserId, name: usersById.get(pcpUserId)?.name ?? 'Former member' } : null,
  };
}
