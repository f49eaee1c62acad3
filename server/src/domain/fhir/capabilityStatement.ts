import { FHIR_RESOURCE_TYPES } from '@carehuddle/shared';
import type { CapabilityStatement, CapabilityStatementRestResourceSearchParam } from '@medplum/fhirtypes';
import { TYPE_SEARCH_PARAMS } from './searchParams';

const PARAM_TYPES: Record<string, CapabilityStatementRestResourceSearchParam['type']> = {
  _id: 'token', _lastUpdated: 'date', patient: 'reference', status: 'token', 'lifecycle-status': 'token', 'clinical-status': 'token',
};

/**
 * What the server really does: read and search-type for the types served,
 * the search parameters `searchParams.ts` parses, `Patient/$everything`,
 * JSON only, session cookie or bearer token. Built from the same lists the
 * router uses, so it cannot promise more than is implemented.
 */
export function capabilityStatement(base: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement', status: 'active', date, kind: 'instance', fhirVersion: '4.0.1', format: ['json'],
    publisher: 'CareHuddle', description: 'Read-only FHIR R4 API of CareHuddle: the care team, the person-centered care plan and its parts, huddle notes, consent and the audit trail.',
    software: { name: 'CareHuddle' }, implementation: { description: 'CareHuddle FHIR R4 API', url: base },
    rest: [{
      mode: 'server',
      security: {
        description: 'A staff session cookie, or `Authorization: Bearer <token>` of an API client an organization admin created. Clients hold SMART Backend Services scope names (system/<type>.read, system/*.read, patient/<type>.read for their one patient); AuditEvent is granted only by name. Behavioral-health and substance-use content is never served to API clients.',
      },
      resource: FHIR_RESOURCE_TYPES.map((type) => ({
        type, interaction: [{ code: 'read' }, { code: 'search-type' }], versioning: 'no-version', readHistory: false,
        searchParam: ['_id', '_lastUpdated', ...TYPE_SEARCH_PARAMS[type]].map((name) => ({ name, type: PARAM_TYPES[name] ?? 'token' })),
        ...(type === 'Patient' ? { operation: [
          { name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' },
          { name: 'care-plan', definition: 'urn:carehuddle:OperationDefinition:care-plan', documentation: 'The care plan as a collection Bundle shaped after the HL7 Multiple Chronic Conditions eCare Plan guide.' },
        ] } : {}),
      })),
    }],
  };
}
