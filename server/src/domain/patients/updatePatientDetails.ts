import type { PatientDetail, UpdatePatientDetailsInput } from '@carehuddle/shared';
import type { PatientDetailsChange } from '../../storage/port';
import type { Actor } from '../actor';
import { invalid, notFound } from '../errors';
import type { Services } from '../services';
import { readPatient } from './readPatients';
import { requireCareCoordinator } from './requireCoordinator';

/** The designated PCP must be on this patient's care team as a physician (or be cleared with null). */
export async function assertPcpOnTeam(services: Services, patientId: string, pcpUserId: string | null | undefined): Promise<void> {
  if (!pcpUserId) return;
  const member = await services.store.careTeams.find(patientId, pcpUserId);
  if (member?.role !== 'physician') throw invalid('pcpUserId', 'Choose a physician who is on the care team.');
}

/** The coordinator's "Edit details": name, contact, coverage, allergies and the designated PCP. */
export async function updatePatientDetails(
  services: Services, actor: Actor, patientId: string, input: UpdatePatientDetailsInput,
): Promise<PatientDetail> {
  const { membership } = await requireCareCoordinator(services, actor, patientId, {
    type: 'patient.update', resourceType: 'Patient', message: 'Only the care coordinator can edit the patient details.',
  });
  await assertPcpOnTeam(services, patientId, input.pcpUserId);
  const change: PatientDetailsChange = { ...input };
  if (!(await services.store.patients.updateDetails(patientId, change))) throw notFound('Patient');
  await services.audit.record({
    actor, role: membership.role, patientId, action: 'U', type: 'patient.update', resourceType: 'Patient',
    resourceId: patientId, category: 'demographics', outcome: 'success',
  });
  return readPatient(services, actor, patientId);
}
