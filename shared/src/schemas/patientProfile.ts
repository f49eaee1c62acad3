import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * Whether a language tag is well-formed BCP-47 (`en`, `es`, `zh-Hant`, `pt-BR`).
 * The runtime's own Intl implementation decides, so client and server agree.
 */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The canonical form of a well-formed language tag (`EN-us` → `en-US`). */
export function canonicalLanguageTag(tag: string): string {
  return Intl.getCanonicalLocales(tag)[0] ?? tag;
}

/** A preferred language as a BCP-47 tag, stored in canonical form. */
export const LanguageTagSchema = z
  .string()
  .trim()
  .max(35, { error: 'Enter a language code such as en or es.' })
  .refine(isLanguageTag, { error: 'Enter a language code such as en or es.' })
  .transform(canonicalLanguageTag);

/**
 * A phone number as people write it: digits with optional +, spaces, dots, dashes and brackets.
 * The first failed check stops there (`abort`), so a person reads the sentence once, not twice.
 */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().-]{7,25}$/, { error: 'Enter a phone number with at least 7 digits, such as 555-201-3344.', abort: true })
  .refine((v) => v.replace(/\D/g, '').length >= 7, { error: 'Enter a phone number with at least 7 digits, such as 555-201-3344.' });

/** A postal address. */
export const AddressSchema = z.strictObject({
  /** Street and number (one line, apartment included). */
  line: z.string().trim().min(1, { error: 'Enter the street address.' }).max(120, { error: 'Keep the street address under 120 characters.' }),
  /** City or town. */
  city: z.string().trim().min(1, { error: 'Enter the city.' }).max(60, { error: 'Keep the city under 60 characters.' }),
  /** State or region, e.g. `OR`. */
  state: z.string().trim().min(1, { error: 'Enter the state.' }).max(40, { error: 'Keep the state under 40 characters.' }),
  /** Postal code. */
  postalCode: z.string().trim().regex(/^[A-Za-z0-9 -]{3,12}$/, { error: 'Enter a postal code such as 97201.' }),
});
export type Address = z.infer<typeof AddressSchema>;

/** One allergy or intolerance as the member or their record names it ("Penicillin — hives"). */
export const AllergySchema = z.string().trim().min(1, { error: 'Enter the allergy or remove the empty line.' }).max(80, { error: 'Keep each allergy under 80 characters.' });

/** Allergies; an empty list means "no known allergies", absent means not yet recorded. */
export const AllergyListSchema = z.array(AllergySchema).max(30, { error: 'List at most 30 allergies.' });

const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong });

/**
 * Contact and coverage details of a patient beyond the enrollment basics. Each
 * is optional (records enrolled before these fields existed have none); `null`
 * clears a field when editing.
 */
export const PatientProfileInputSchema = z.strictObject({
  /** Preferred language, BCP-47 (`en`, `es`). */
  preferredLanguage: LanguageTagSchema.nullable().optional(),
  /** Whether an interpreter is needed for calls and visits. */
  interpreterNeeded: z.boolean({ error: 'Choose whether an interpreter is needed.' }).nullable().optional(),
  /** Phone number to reach the member. */
  phone: PhoneSchema.nullable().optional(),
  /** When the member prefers to be called, in words ("Weekday mornings"). */
  preferredContactTime: optionalText(80, 'Keep the preferred contact time under 80 characters.').nullable().optional(),
  /** Home address. */
  address: AddressSchema.nullable().optional(),
  /** Name of the health plan (the member number identifies the member in it). */
  healthPlanName: optionalText(80, 'Keep the health plan name under 80 characters.').nullable().optional(),
  /** Known allergies. */
  allergies: AllergyListSchema.nullable().optional(),
});
export type PatientProfileInput = z.infer<typeof PatientProfileInputSchema>;

/** The profile as the server presents it: every field present, `null` when not recorded. */
export const PatientProfileSchema = z.object({
  /** Preferred language, BCP-47. */
  preferredLanguage: z.string().nullable(),
  /** Whether an interpreter is needed. */
  interpreterNeeded: z.boolean().nullable(),
  /** Phone number. */
  phone: z.string().nullable(),
  /** Preferred contact time, in words. */
  preferredContactTime: z.string().nullable(),
  /** Home address. */
  address: AddressSchema.nullable(),
  /** Health plan name. */
  healthPlanName: z.string().nullable(),
  /** Known allergies; empty = none known; null = not recorded. */
  allergies: z.array(z.string()).nullable(),
  /** The designated primary care physician (a physician on the care team), if any. */
  pcp: z.object({ userId: IdSchema, name: z.string() }).nullable(),
});
export type PatientProfile = z.infer<typeof PatientProfileSchema>;

/**
 * Body of `PATCH /api/patients/:patientId/details`, the coordinator's "Edit
 * details": fields left out stay as they are, `null` clears one.
 */
export const UpdatePatientDetailsInputSchema = PatientProfileInputSchema.extend({
  /** Full name. */
  name: z.string().trim().min(1, { error: 'Enter the full name.' }).max(120, { error: 'Keep the name under 120 characters.' }).optional(),
  /** The designated PCP: a physician on this patient's care team, or null for none. */
  pcpUserId: IdSchema.nullable().optional(),
});
export type UpdatePatientDetailsInput = z.infer<typeof UpdatePatientDetailsInputSchema>;

/** One active problem of the clinical plan (a need that is not resolved), for the patient header. */
export const ActiveProblemSchema = z.object({
  /** The need's item id in the clinical plan. */
  id: z.string(),
  /** What the problem is. */
  title: z.string(),
  /** Its domain (medical, behavioral health, social, long-term services), if set. */
  domain: z.string().nullable(),
  /** `open` or `being_addressed`. */
  status: z.string().nullable(),
});
export type ActiveProblem = z.infer<typeof ActiveProblemSchema>;

/** Response of `GET /api/patients/:patientId/problems` (only for those who may read the clinical plan). */
export const ActiveProblemListSchema = z.object({
  /** Unresolved needs, in the order they were added. */
  problems: z.array(ActiveProblemSchema),
});
export type ActiveProblemList = z.infer<typeof ActiveProblemListSchema>;
