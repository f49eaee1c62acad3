import { calendarDateIn, type SharingPreferences } from '@carehuddle/shared';
import type { AuditAction, CareTeamMembershipRecord, PatientRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { activeMembership } from '../consent/sharingPreferences';
import type { Services } from '../services';

/** What a command may do once it knows the user is on the patient's team. */
export interface PatientAccess {
  patient: PatientRecord;
  membership: CareTeamMembershipRecord;
  /** The patient's sharing preferences in force. */
  preferences: SharingPreferences;
}

/**
 * Loads a patient for a user on their care team (a family caregiver only while
 * the patient shares with them). Anyone else gets "not found", so that the
 * existence of a patient never leaks, and the attempt is audited.
 */
export async function requirePatientAccess(
  services: Services,
  actor: Actor,
  patientId: string,
  attempted: { action: AuditAction; type: string },
): Promise<PatientAccess> {
  const [patient, active] = await Promise.all([
    services.store.patients.findById(patientId),
    activeMembership(services, patientId, actor.userId),
  ]);
  if (!patient || !active) {
    await services.audit.record({
      actor, patientId, action: attempted.action, type: attempted.type, resourceType: 'Patient',
      resourceId: patientId, outcome: 'denied', reason: 'not on the care team, or not shared by the patient',
    });
    throw notFound('Patient');
  }
  return { patient, ...active };
}

/** The calendar date today in the organization's time zone. */
export function todayFor(services: Services): string {
  return calendarDateIn(services.clock.now(), services.timeZone);
}
