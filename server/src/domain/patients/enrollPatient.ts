import { randomUUID } from 'node:crypto';
import type { CreatePatientInput, PatientDetail } from '@carehuddle/shared';
import { DuplicateKeyError, type PatientRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { conflict, forbidden, invalid } from '../errors';
import { canEnrollPatient } from '../policies/patientPolicy';
import type { Services } from '../services';
import { todayFor } from './patientAccess';
import { profileRecordOf } from './patientProfile';
import { readPatient } from './readPatients';

/** Enrolls a patient; the enrolling staff member becomes the lead care coordinator. */
export async function enrollPatient(services: Services, actor: Actor, input: CreatePatientInput): Promise<PatientDetail> {
  if (!canEnrollPatient(actor)) throw forbidden('Only staff can enroll patients.');
  const today = todayFor(services);
  if (input.dateOfBirth > today) throw invalid('dateOfBirth', 'Date of birth cannot be in the future.');
  if (input.enrollmentDate < input.dateOfBirth) throw invalid('enrollmentDate', 'Enrollment cannot be before birth.');
  const now = services.clock.now().toISOString();
  const { name, dateOfBirth, memberNumber, enrollmentDate, ...profile } = input;
  const patient: PatientRecord = {
    id: randomUUID(), name, dateOfBirth, memberNumber, enrollmentDate, riskLevel: null, riskSetBy: null, riskSetAt: null, createdAt: now,
    // The PCP is designated later, in "Edit details", once a physician is on the team.
    ...profileRecordOf(profile),
  };
  try {
    await services.store.patients.create(patient);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw conflict('A patient with this member number is already enrolled.');
    throw error;
  }
  await services.store.careTeams.add({ patientId: patient.id, userId: actor.userId, role: 'care_coordinator', isLead: true, joinedAt: now });
  await services.audit.record({
    actor, role: 'care_coordinator', patientId: patient.id, action: 'C', type: 'patient.enroll',
    resourceType: 'Patient', resourceId: patient.id, category: 'demographics', outcome: 'success',
  });
  return readPatient(services, actor, patient.id);
}
