import { CalendarDateSchema, type AdtEvent, type AlertSummary, type CareSetting, type DischargedTo } from '@carehuddle/shared';
import type { Encounter, Patient } from '@medplum/fhirtypes';
import type { IncomingAlert } from './receiveAlert';

const CLASS_SETTINGS: Record<string, CareSetting> = { EMER: 'emergency', IMP: 'hospital', ACUTE: 'hospital', NONAC: 'skilled_nursing', OBSENC: 'hospital', HH: 'home_health' };
const DISPOSITIONS: Record<string, DischargedTo> = { home: 'home', 'alt-home': 'home', hosp: 'hospital', snf: 'skilled_nursing', rehab: 'rehabilitation', long: 'skilled_nursing' };

const day = (value: string | undefined): string | null => {
  const date = value?.slice(0, 10);
  return date && CalendarDateSchema.safeParse(date).success ? date : null;
};

/**
 * Reads a FHIR R4 Encounter the way an ADT message is read: status
 * `in-progress` is an admission (an ED registration when its class is EMER),
 * `finished` a discharge (`period.end` required). The member is named by
 * `subject.identifier` (member number) and/or a contained Patient (name, birth date).
 */
export function readEncounter(encounter: Encounter): IncomingAlert['reading'] {
  const controlId = encounter.id ?? null;
  const sendingFacility = encounter.serviceProvider?.identifier?.value ?? encounter.serviceProvider?.display ?? null;
  const fail = (problem: 'malformed' | 'unsupported_event'): IncomingAlert['reading'] => ({ ok: false, problem, controlId, sendingFacility });
  const classCode = encounter.class?.code ?? '';
  let event: AdtEvent;
  if (encounter.status === 'finished') event = 'discharge';
  else if (encounter.status === 'in-progress') event = classCode === 'EMER' ? 'ed_registration' : 'admit';
  else return fail('unsupported_event');
  const ref = encounter.subject?.reference;
  const patient = ref?.startsWith('#') ? encounter.contained?.find((r): r is Patient => r.resourceType === 'Patient' && r.id === ref.slice(1)) : undefined;
  const memberNumber = encounter.subject?.identifier?.value ?? patient?.identifier?.[0]?.value ?? null;
  const name = patient?.name?.[0];
  const birthDate = day(patient?.birthDate);
  if (!memberNumber && !(name?.family && name.given?.[0] && birthDate)) return fail('malformed');
  const dischargedOn = event === 'discharge' ? day(encounter.period?.end) : null;
  if (event === 'discharge' && !dischargedOn) return fail('malformed');
  const summary: AlertSummary = {
    event, controlId, sendingFacility, memberNumber, familyName: name?.family ?? null, givenName: name?.given?.[0] ?? null, birthDate,
    encounterId: encounter.identifier?.[0]?.value ?? encounter.id ?? null,
    setting: event === 'ed_registration' ? 'emergency' : CLASS_SETTINGS[classCode] ?? 'hospital',
    facility: encounter.serviceProvider?.display ?? encounter.location?.[0]?.location.display ?? 'the hospital',
    admittedOn: day(encounter.period?.start), dischargedOn,
    dischargedTo: DISPOSITIONS[encounter.hospitalization?.dischargeDisposition?.coding?.[0]?.code ?? ''] ?? null,
  };
  return { ok: true, summary };
}
