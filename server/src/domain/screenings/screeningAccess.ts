import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { requirePatientAccess, type PatientAccess } from '../patients/patientAccess';
import { canAdministerScreening, canSetRiskLevel } from '../policies/screeningPolicy';
import type { Services } from '../services';
import type { ScreeningRecord } from '../../storage/port';

type Who = 'administering staff' | 'care coordinator';

/** Patient access for a screening action, refused (and audited) for anyone the policy does not allow. */
export async function requireScreeningRole(services: Services, actor: Actor, patientId: string, who: Who, type: string, action: 'C' | 'R' | 'U' = 'U'): Promise<PatientAccess> {
  const access = await requirePatientAccess(services, actor, patientId, { action, type });
  const allowed = who === 'care coordinator' ? canSetRiskLevel(access.membership) : canAdministerScreening(access.membership);
  if (!allowed) {
    await services.audit.record({
      actor, role: access.membership.role, patientId, action, type, resourceType: who === 'care coordinator' ? 'RiskAssessment' : 'QuestionnaireResponse',
      resourceId: patientId, outcome: 'denied', reason: who === 'care coordinator' ? 'only the care coordinator may do this' : 'not staff who administer screenings',
    });
    throw forbidden(who === 'care coordinator' ? 'Only the care coordinator may do this.' : 'Only care team staff who administer screenings may do this.');
  }
  return access;
}

/** A screening of this patient, or 404. */
export async function requireScreening(services: Services, patientId: string, screeningId: string): Promise<ScreeningRecord> {
  const screening = await services.store.screenings.find(patientId, screeningId);
  if (!screening) throw notFound('Screening');
  return screening;
}
