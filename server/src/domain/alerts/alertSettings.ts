import type { CareSetting, DischargedTo } from '@carehuddle/shared';

/**
 * Where a stay was, from HL7 v2 codes: the patient class (PV1-2, table 0004:
 * E emergency, I inpatient, B obstetrics) first; classes that do not say
 * (outpatient, recurring, unknown) fall back to the patient type or hospital
 * service (PV1-18 / PV1-10) when a facility sends SNF, REH or HH there; and
 * anything else counts as a hospital stay, the most common source of alerts.
 */
export function settingOf(patientClass: string, patientType: string, hospitalService: string): CareSetting {
  const cls = patientClass.toUpperCase();
  if (cls === 'E') return 'emergency';
  if (cls === 'I' || cls === 'B') return 'hospital';
  for (const code of [patientType, hospitalService].map((c) => c.toUpperCase())) {
    if (code === 'SNF') return 'skilled_nursing';
    if (code === 'REH' || code === 'RHB' || code === 'IRF') return 'rehabilitation';
    if (code === 'HH' || code === 'HHA') return 'home_health';
  }
  return 'hospital';
}

/** Where the member went, from the discharge disposition (PV1-36, NUBC patient status codes). */
const DISPOSITIONS: Record<string, DischargedTo> = {
  '01': 'home', '02': 'hospital', '03': 'skilled_nursing', '06': 'home_health', '62': 'rehabilitation', '61': 'skilled_nursing', '64': 'skilled_nursing',
};

/** The setting a discharge disposition names, or null when it names none this product follows. */
export function dischargedToOf(disposition: string): DischargedTo | null {
  return DISPOSITIONS[disposition.padStart(2, '0')] ?? null;
}
