import { FHIR_RESOURCE_TYPES, type FhirResourceType } from '@carehuddle/shared';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { AuditOutcome } from '../../storage/port';
import { forbidden, notFound } from '../errors';
import type { Services } from '../services';
import { searchsetBundle } from './fhirBundle';
import { auditActorOf, auditRoleOf, type FhirCaller } from './fhirCaller';
import { patientViewFor, visiblePatientIds } from './patientView';
import { fromFhirId } from './resources/common';
import { PatientResources } from './resourcesOf';
import { matches, parseSearch } from './searchParams';

/** A resource with the patient it is about. */
interface Found { patientId: string; role: string; resource: Resource }

/** Whether a path segment names a type the API serves. */
export function isServedType(type: string): type is FhirResourceType {
  return (FHIR_RESOURCE_TYPES as readonly string[]).includes(type);
}

/** Family caregivers and patients use the app, where the patient's consent is shown to them; the FHIR API is for staff and systems. */
export function requireFhirUser(caller: FhirCaller): void {
  if (caller.kind === 'staff' && caller.actor.kind !== 'staff') throw forbidden('The FHIR API is for staff and connected systems.');
}

/** A system whose scopes never name the type is refused outright (403), not shown an empty result. */
function requireScopeFor(caller: FhirCaller, type: FhirResourceType): void {
  if (caller.kind !== 'system') return;
  const names = caller.client.scopes.map((s) => s.slice(s.indexOf('/') + 1, -'.read'.length));
  if (!names.includes(type) && !(names.includes('*') && type !== 'AuditEvent')) throw forbidden(`This client's scopes do not include ${type}.`);
}

/** Audits a read per patient shown (and the patient a search named, even when nothing of theirs was shown: the question is about them). */
async function audit(
  services: Services, caller: FhirCaller, type: string, resourceType: string, shown: readonly Found[], named?: string, outcome: AuditOutcome = 'success',
): Promise<void> {
  const actor = auditActorOf(caller);
  const byPatient = new Map<string, string | null>(shown.map((f) => [f.patientId, f.role]));
  if (named && !byPatient.has(named)) byPatient.set(named, null);
  if (byPatient.size === 0) {
    await services.audit.record({ actor, role: auditRoleOf(caller, null), action: 'R', type, resourceType, outcome });
    return;
  }
  await services.audit.recordMany([...byPatient].map(([patientId, role]) => ({
    actor, role: auditRoleOf(caller, role), patientId, action: 'R' as const, type, resourceType, outcome,
    resourceId: shown.length === 1 ? shown[0]!.resource.id ?? null : null,
  })));
}

/** Every resource of `type` the caller may read, patient by patient (`onlyPatient` narrows to one). */
async function collect(services: Services, caller: FhirCaller, type: FhirResourceType, onlyPatient?: string): Promise<Found[]> {
  const ids = onlyPatient ? [onlyPatient] : await visiblePatientIds(services, caller);
  const found: Found[] = [];
  for (const patientId of ids) {
    const view = await patientViewFor(services, caller, patientId);
    if (!view) continue;
    for (const resource of await new PatientResources(services, view).ofType(type)) found.push({ patientId, role: view.role, resource });
  }
  return found;
}

/** `GET [base]/[type]?…`: one page of what the caller may read, audited per patient shown. */
export async function searchFhir(services: Services, caller: FhirCaller, type: FhirResourceType, query: Record<string, unknown>, base: string): Promise<Bundle> {
  requireFhirUser(caller);
  requireScopeFor(caller, type);
  const search = parseSearch(type, query);
  const onlyPatient = type === 'Patient' && search.ids?.size === 1 ? [...search.ids][0] : search.patientId;
  const matched = (await collect(services, caller, type, onlyPatient)).filter((f) => matches(f.resource, search));
  const page = matched.slice(search.offset, search.offset + search.count);
  await audit(services, caller, 'fhir.search', type, page, onlyPatient);
  return searchsetBundle(base, type, query, search, matched.map((f) => f.resource), page.map((f) => f.resource));
}

/** The patient a resource id belongs to, when the id says it (else every patient the caller sees is looked through). */
function patientIdFromId(type: FhirResourceType, id: string): string | undefined {
  if (type === 'Patient' || type === 'CareTeam' || type === 'CarePlan') return id;
  if (type === 'Consent') return id.replace(/-v\d+$/, '');
  return undefined;
}

/** `GET [base]/[type]/[id]`: one resource, or 404 whether it does not exist or is not the caller's to see. */
export async function readFhir(services: Services, caller: FhirCaller, type: FhirResourceType, fhirId: string): Promise<Resource> {
  requireFhirUser(caller);
  requireScopeFor(caller, type);
  const id = fromFhirId(fhirId);
  const candidates = await collect(services, caller, type, type === 'AuditEvent' ? await auditPatientOf(services, id) : patientIdFromId(type, id));
  const hit = candidates.find((f) => f.resource.id === fhirId);
  if (!hit) {
    await services.audit.record({ actor: auditActorOf(caller), role: auditRoleOf(caller, null), action: 'R', type: 'fhir.read', resourceType: type, resourceId: fhirId, outcome: 'denied', reason: 'not found or not visible to the caller' });
    throw notFound(type);
  }
  await audit(services, caller, 'fhir.read', type, [hit]);
  return hit.resource;
}

/** The patient of an audit record (`audit-<seq>`), so a read looks at that patient only. */
async function auditPatientOf(services: Services, id: string): Promise<string | undefined> {
  const seq = /^audit-(\d+)$/.exec(id)?.[1];
  if (!seq) return '';
  const [record] = await services.store.audit.list({ afterSeq: Number(seq) - 1, limit: 1 });
  return record?.seq === Number(seq) ? record.patientId ?? '' : '';
}

/** `GET [base]/Patient/[id]/$everything`: every resource about the patient the caller may read, in one Bundle. */
export async function patientEverything(services: Services, caller: FhirCaller, fhirId: string, base: string): Promise<Bundle> {
  requireFhirUser(caller);
  const patientId = fromFhirId(fhirId);
  const view = await patientViewFor(services, caller, patientId);
  if (!view) {
    await services.audit.record({ actor: auditActorOf(caller), role: auditRoleOf(caller, null), patientId, action: 'R', type: 'fhir.everything', resourceType: 'Patient', resourceId: fhirId, outcome: 'denied', reason: 'not found or not visible to the caller' });
    throw notFound('Patient');
  }
  const resources = new PatientResources(services, view);
  const all: Resource[] = [];
  for (const type of FHIR_RESOURCE_TYPES) all.push(...(await resources.ofType(type)));
  await audit(services, caller, 'fhir.everything', 'Patient', [{ patientId, role: view.role, resource: all[0] ?? { resourceType: 'Patient', id: fhirId } }]);
  return {
    resourceType: 'Bundle', type: 'searchset', total: all.length, link: [{ relation: 'self', url: `${base}/Patient/${fhirId}/$everything` }],
    entry: all.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}

