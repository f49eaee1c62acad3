import type { FhirResourceType } from '@carehuddle/shared';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { notFound } from '../errors';
import type { Services } from '../services';
import { auditActorOf, auditRoleOf, type FhirCaller } from './fhirCaller';
import { requireFhirUser } from './fhirRead';
import { patientViewFor } from './patientView';
import { PatientResources } from './resourcesOf';
import { toFhirId } from './resources/common';

/** The resources of a care plan export, in the order of the Multiple Chronic Conditions eCare Plan: the plan first, then what it points to. */
const EXPORT_TYPES: readonly FhirResourceType[] = ['CarePlan', 'Patient', 'CareTeam', 'Condition', 'Goal', 'Task', 'ServiceRequest', 'MedicationStatement'];

/**
 * A patient's care plan as one `collection` Bundle, shaped after the HL7 MCC
 * eCare Plan guide: the CarePlan with its addresses (Condition), goals (Goal)
 * and activities (Task, ServiceRequest), the CareTeam with participant roles,
 * the Patient and the medications. Only what `caller` may read is in it (a
 * restricted need appears only for someone allowed that document), and the
 * export is audited as a FHIR export naming the patient. Reusable by anything
 * that sends the plan out (a share with a physician builds its caller from the share).
 */
export async function carePlanBundle(services: Services, caller: FhirCaller, patientId: string, base: string): Promise<Bundle> {
  requireFhirUser(caller);
  const view = await patientViewFor(services, caller, patientId);
  if (!view || !view.allows('CarePlan')) {
    await services.audit.record({ actor: auditActorOf(caller), role: auditRoleOf(caller, null), patientId, action: 'E', type: 'fhir.carePlanExport', resourceType: 'CarePlan', outcome: 'denied', reason: 'not found or not visible to the caller' });
    throw notFound('Care plan');
  }
  const resources = new PatientResources(services, view);
  const entries: Resource[] = [];
  for (const type of EXPORT_TYPES) entries.push(...(await resources.ofType(type)));
  await services.audit.record({
    actor: auditActorOf(caller), role: auditRoleOf(caller, view.role), patientId, action: 'E', type: 'fhir.carePlanExport', resourceType: 'CarePlan',
    resourceId: toFhirId(patientId), outcome: 'success',
  });
  return {
    resourceType: 'Bundle', type: 'collection', timestamp: services.clock.now().toISOString(),
    entry: entries.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource })),
  };
}
