import type { PlanAudience } from '@carehuddle/shared';
import type { Annotation, Coding, Meta, Patient, Practitioner, Reference, RelatedPerson } from '@medplum/fhirtypes';

/** Identifier systems and code systems CareHuddle itself defines. */
export const CAREHUDDLE_SYSTEMS = {
  memberNumber: 'urn:carehuddle:member-number',
  careTeamRole: 'urn:carehuddle:care-team-role',
  planSection: 'urn:carehuddle:plan-section',
  auditType: 'urn:carehuddle:audit-type',
  user: 'urn:carehuddle:user',
} as const;

/**
 * FHIR ids allow letters, digits, `-` and `.`; CareHuddle ids allow `_` too
 * but never `.`, so swapping the two is lossless both ways.
 */
export const toFhirId = (id: string): string => id.replace(/_/g, '.');
/** The CareHuddle id behind a FHIR id. */
export const fromFhirId = (id: string): string => id.replace(/\./g, '_');

/** A reference to the patient. */
export const patientRef = (patientId: string): Reference<Patient> => ({ reference: `Patient/${toFhirId(patientId)}` });

/** A person we do not serve as a resource: their name and their CareHuddle id as an identifier. */
export const personRef = (userId: string | null | undefined, names: ReadonlyMap<string, string>, fallback = 'Former team member'): Reference<Practitioner | RelatedPerson> | undefined =>
  userId ? { display: names.get(userId) ?? fallback, identifier: { system: CAREHUDDLE_SYSTEMS.user, value: userId } } : undefined;

/** Free text kept as a note, when there is any. */
export const notesOf = (text: string): Annotation[] | undefined => (text ? [{ text }] : undefined);

const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** Security labels of a plan document: restricted documents say so, and why (behavioral health, substance use). */
export function securityOf(audience: PlanAudience): Coding[] | undefined {
  switch (audience) {
    case 'shared':
    case 'clinical': return undefined;
    case 'sensitive': return [{ system: CONFIDENTIALITY, code: 'R', display: 'restricted' }, { system: ACT_CODE, code: 'PSY', display: 'psychiatry information sensitivity' }];
    case 'substanceUse': return [{ system: CONFIDENTIALITY, code: 'R', display: 'restricted' }, { system: ACT_CODE, code: 'ETH', display: 'substance abuse information sensitivity' }];
  }
}

/** `meta` with the last update and, for restricted content, its labels. */
export function metaOf(lastUpdated: string, audience?: PlanAudience): Meta {
  const security = audience ? securityOf(audience) : undefined;
  return { lastUpdated, ...(security ? { security } : {}) };
}
