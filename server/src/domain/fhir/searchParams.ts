import type { FhirResourceType } from '@carehuddle/shared';
import type { Resource } from '@medplum/fhirtypes';
import { invalid } from '../errors';
import { fromFhirId } from './resources/common';

/** Search parameters each type supports besides `_id`, `_lastUpdated`, `_count` and `_offset` (the CapabilityStatement lists exactly these). */
export const TYPE_SEARCH_PARAMS: Record<FhirResourceType, readonly string[]> = {
  Patient: [], CareTeam: ['patient', 'status'], CarePlan: ['patient', 'status'], Goal: ['patient', 'lifecycle-status', 'status'],
  Condition: ['patient', 'clinical-status', 'status'], Task: ['patient', 'status'], ServiceRequest: ['patient', 'status'],
  MedicationStatement: ['patient', 'status'], Communication: ['patient', 'status'], Consent: ['patient', 'status'], QuestionnaireResponse: ['patient', 'status'], AuditEvent: ['patient'],
};
/** Parameters of every type. */
export const COMMON_SEARCH_PARAMS = ['_id', '_lastUpdated', '_count', '_offset'] as const;

/** Largest page; also the default. */
export const MAX_COUNT = 100;
const DEFAULT_COUNT = 20;

/** A parsed search. */
export interface Search {
  ids?: Set<string>;
  patientId?: string;
  statuses?: Set<string>;
  lastUpdated: Array<{ prefix: 'eq' | 'gt' | 'ge' | 'lt' | 'le'; start: number; end: number }>;
  count: number;
  offset: number;
}

const single = (name: string, value: unknown): string => {
  if (typeof value === 'string') return value;
  throw invalid(name, `Give ${name} once.`);
};

/** A date or instant as the range it covers (a day covers the whole day). */
function dateRange(name: string, text: string): { start: number; end: number } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (m) {
    const [, y, mo, d] = m;
    const start = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
    const end = d ? start + 86_400_000 : Date.UTC(Number(y) + (mo ? 0 : 1), mo ? Number(mo) : 0, 1);
    if (!Number.isNaN(start)) return { start, end };
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const at = Date.parse(text);
    if (!Number.isNaN(at)) return { start: at, end: at + 1 };
  }
  throw invalid(name, `${name} must be a date (2026-01-31) or an instant with a time zone, with an optional prefix (eq, gt, ge, lt, le).`);
}

function intParam(name: string, value: unknown, min: number, max: number): number {
  const text = single(name, value);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw invalid(name, `${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

/** Parses a search's query; an unknown or malformed parameter is refused (400), never silently ignored. */
export function parseSearch(type: FhirResourceType, query: Record<string, unknown>): Search {
  const allowed = new Set<string>([...COMMON_SEARCH_PARAMS, ...TYPE_SEARCH_PARAMS[type], '_format']);
  const search: Search = { lastUpdated: [], count: DEFAULT_COUNT, offset: 0 };
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.has(name)) throw invalid(name, `${type} cannot be searched by ${name}.`);
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v !== 'string' || v === '')) throw invalid(name, `Give a value for ${name}.`);
    const texts = values as string[];
    switch (name) {
      case '_id': search.ids = new Set(single(name, value).split(',').map(fromFhirId)); break;
      case 'patient': search.patientId = fromFhirId(single(name, value).replace(/^Patient\//, '')); break;
      case 'status': case 'lifecycle-status': case 'clinical-status': search.statuses = new Set(single(name, value).split(',')); break;
      case '_lastUpdated':
        for (const text of texts) {
          const m = /^(eq|gt|ge|lt|le)?(.+)$/.exec(text)!;
          search.lastUpdated.push({ prefix: (m[1] ?? 'eq') as Search['lastUpdated'][number]['prefix'], ...dateRange(name, m[2]!) });
        }
        break;
      case '_count': search.count = intParam(name, value, 1, MAX_COUNT); break;
      case '_offset': search.offset = intParam(name, value, 0, 1_000_000); break;
      case '_format': if (!['json', 'application/fhir+json', 'application/json'].includes(single(name, value))) throw invalid(name, 'Only JSON is served.'); break;
    }
  }
  return search;
}

/** The status a search by status compares with (Goal's lifecycle, Condition's clinical status, else `status`). */
function statusOf(resource: Resource): string | undefined {
  if (resource.resourceType === 'Goal') return resource.lifecycleStatus;
  if (resource.resourceType === 'Condition') return resource.clinicalStatus?.coding?.[0]?.code;
  return 'status' in resource && typeof resource.status === 'string' ? resource.status : undefined;
}

/** Whether a resource matches a search's filters (the patient is chosen before, paging after). */
export function matches(resource: Resource, search: Search): boolean {
  if (search.ids && !search.ids.has(fromFhirId(resource.id ?? ''))) return false;
  if (search.statuses) {
    const status = statusOf(resource);
    if (!status || !search.statuses.has(status)) return false;
  }
  const at = Date.parse(resource.meta?.lastUpdated ?? '');
  return search.lastUpdated.every(({ prefix, start, end }) => {
    switch (prefix) {
      case 'eq': return at >= start && at < end;
      case 'gt': return at >= end;
      case 'ge': return at >= start;
      case 'lt': return at < start;
      case 'le': return at < end;
    }
  });
}
