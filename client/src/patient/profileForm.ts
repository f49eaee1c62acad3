import type { PatientDetail, PatientProfileInput } from '@carehuddle/shared';

/** What the profile inputs hold while someone types. */
export interface ProfileFormState {
  preferredLanguage: string;
  interpreterNeeded: '' | 'yes' | 'no';
  phone: string;
  preferredContactTime: string;
  line: string;
  city: string;
  state: string;
  postalCode: string;
  healthPlanName: string;
  /** One allergy per line; "none" recorded as the checkbox below. */
  allergies: string;
  noKnownAllergies: boolean;
}

/** An empty form. */
export const EMPTY_PROFILE_FORM: ProfileFormState = {
  preferredLanguage: '', interpreterNeeded: '', phone: '', preferredContactTime: '', line: '', city: '', state: '', postalCode: '',
  healthPlanName: '', allergies: '', noKnownAllergies: false,
};

/** The form filled from a patient, for "Edit details". */
export function profileFormOf(p: PatientDetail): ProfileFormState {
  return {
    preferredLanguage: p.preferredLanguage ?? '',
    interpreterNeeded: p.interpreterNeeded === null ? '' : p.interpreterNeeded ? 'yes' : 'no',
    phone: p.phone ?? '', preferredContactTime: p.preferredContactTime ?? '',
    line: p.address?.line ?? '', city: p.address?.city ?? '', state: p.address?.state ?? '', postalCode: p.address?.postalCode ?? '',
    healthPlanName: p.healthPlanName ?? '', allergies: (p.allergies ?? []).join('\n'), noKnownAllergies: p.allergies?.length === 0,
  };
}

/**
 * The input the API takes. A blank field is `blank`: left out when enrolling
 * (undefined), cleared when editing (null). The server checks every value.
 */
export function profileInputOf(f: ProfileFormState, blank: null | undefined): PatientProfileInput {
  const text = (v: string) => (v.trim() === '' ? blank : v.trim());
  const addressParts = [f.line, f.city, f.state, f.postalCode];
  const allergies = f.allergies.split('\n').map((a) => a.trim()).filter(Boolean);
  return {
    preferredLanguage: text(f.preferredLanguage),
    interpreterNeeded: f.interpreterNeeded === '' ? blank : f.interpreterNeeded === 'yes',
    phone: text(f.phone),
    preferredContactTime: text(f.preferredContactTime),
    address: addressParts.every((v) => v.trim() === '') ? blank : { line: f.line, city: f.city, state: f.state, postalCode: f.postalCode },
    healthPlanName: text(f.healthPlanName),
    allergies: allergies.length > 0 ? allergies : f.noKnownAllergies ? [] : blank,
  };
}
