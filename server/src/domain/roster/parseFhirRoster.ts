import type { Bundle, Coverage, Patient, Practitioner, Reference, Resource } from '@medplum/fhirtypes';
import { fhirErrors } from '../fhir/fhirValidation';
import { RosterFileError } from './rosterFileError';
import type { RosterCandidate } from './rosterRow';

const INTERPRETER_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';

/** Resources of the Bundle by every name a reference may use: `fullUrl` and `Type/id`. */
function indexOf(bundle: Bundle): Map<string, Resource> {
  const byRef = new Map<string, Resource>();
  for (const entry of bundle.entry ?? []) {
    const r = entry.resource;
    if (!r) continue;
    if (entry.fullUrl) byRef.set(entry.fullUrl, r);
    if (r.id) byRef.set(`${r.resourceType}/${r.id}`, r);
  }
  return byRef;
}

const resolve = <T extends Resource>(index: Map<string, Resource>, ref: Reference | undefined, type: T['resourceType']): T | undefined => {
  const r = ref?.reference ? index.get(ref.reference) : undefined;
  return r?.resourceType === type ? (r as T) : undefined;
};

/** The member number: an identifier typed MB (v2-0203 "Member Number"), else the Coverage's subscriber id, else the first identifier. */
function memberNumberOf(p: Patient, coverage: Coverage | undefined): string | undefined {
  const typed = p.identifier?.find((i) => i.type?.coding?.some((c) => c.code === 'MB'))?.value;
  return typed ?? coverage?.subscriberId ?? coverage?.identifier?.[0]?.value ?? p.identifier?.[0]?.value;
}

function nameOf(p: Patient): string | undefined {
  const n = p.name?.find((x) => x.use === 'official') ?? p.name?.[0];
  if (!n) return undefined;
  return n.text ?? [...(n.given ?? []), n.family].filter(Boolean).join(' ');
}

function healthPlanOf(c: Coverage | undefined): string | undefined {
  return c?.payor?.[0]?.display ?? c?.class?.find((k) => k.type.coding?.some((x) => x.code === 'plan'))?.name;
}

/** A Patient (with its Coverage and PCP) as the enrollment fields. */
function candidateOf(row: number, p: Patient, index: Map<string, Resource>, coverages: Coverage[]): RosterCandidate {
  const problems = fhirErrors(p);
  const ref = (r: Resource | undefined) => (r?.id ? `Patient/${r.id}` : undefined);
  const coverage = coverages.find((c) => c.beneficiary?.reference && resolve<Patient>(index, c.beneficiary, 'Patient') === p)
    ?? coverages.find((c) => c.beneficiary?.reference === ref(p));
  if (coverage) problems.push(...fhirErrors(coverage).map((e) => `Coverage: ${e}`));
  const pcpRef = p.generalPractitioner?.[0];
  const pcp = pcpRef ? resolve<Practitioner>(index, pcpRef, 'Practitioner') : undefined;
  if (pcpRef && !pcp) problems.push('The general practitioner is not a Practitioner in this Bundle.');
  if (pcp) problems.push(...fhirErrors(pcp).map((e) => `Practitioner: ${e}`));
  const pcpEmail = pcp?.telecom?.find((t) => t.system === 'email')?.value;
  if (pcp && !pcpEmail) problems.push('The general practitioner has no e-mail to match a staff account.');

  const language = p.communication?.find((c) => c.preferred) ?? p.communication?.[0];
  const interpreter = p.extension?.find((e) => e.url === INTERPRETER_EXTENSION)?.valueBoolean;
  const address = p.address?.find((a) => a.use === 'home') ?? p.address?.[0];
  const fields: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => { if (value !== undefined && value !== '') fields[key] = value; };
  put('memberNumber', memberNumberOf(p, coverage));
  put('name', nameOf(p));
  put('dateOfBirth', p.birthDate);
  put('preferredLanguage', language?.language.coding?.[0]?.code);
  put('interpreterNeeded', interpreter);
  put('phone', p.telecom?.find((t) => t.system === 'phone')?.value);
  put('healthPlanName', healthPlanOf(coverage));
  if (address) fields.address = { line: (address.line ?? []).join(', '), city: address.city ?? '', state: address.state ?? '', postalCode: address.postalCode ?? '' };
  return { row, fields, problems, ...(pcpEmail ? { pcpEmail } : {}) };
}

/**
 * Reads a FHIR R4 `Bundle` of `Patient` resources, with optional `Coverage`
 * (health plan, member number) and `Practitioner` (the PCP, matched to a
 * staff account by e-mail). Each resource is validated against the FHIR R4
 * base definitions; an invalid one refuses its row only.
 */
export function parseFhirRoster(content: string): RosterCandidate[] {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(content) as Bundle;
  } catch {
    throw new RosterFileError('The file is not valid JSON.');
  }
  if (bundle?.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) throw new RosterFileError('The file is not a FHIR Bundle with entries.');
  const index = indexOf(bundle);
  const coverages = bundle.entry.map((e) => e.resource).filter((r): r is Coverage => r?.resourceType === 'Coverage');
  const patients = bundle.entry.map((e) => e.resource).filter((r): r is Patient => r?.resourceType === 'Patient');
  if (patients.length === 0) throw new RosterFileError('The Bundle has no Patient resources.');
  return patients.map((p, i) => candidateOf(i + 1, p, index, coverages));
}
