import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';

/** How the patient gave (or withdrew) consent, as the coordinator records it on their behalf. */
export const CONSENT_METHODS = ['verbal', 'written', 'electronic', 'legal_representative'] as const;
export const ConsentMethodSchema = z.enum(CONSENT_METHODS);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/** Display labels of the consent methods. */
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  verbal: 'Verbal, by the patient',
  written: 'Written, signed form',
  electronic: 'Electronic signature',
  legal_representative: "By the patient's legal representative",
};

/** What the patient lets one family member or caregiver do. */
export const FamilySharingSchema = z.strictObject({
  /** The caregiver's user id (a family caregiver on the care team). */
  userId: IdSchema,
  /** May see the shared plan, threads shared with family, and conferences they are invited to. */
  sharedPlan: z.boolean(),
  /** May suggest goals for the plan (the coordinator reviews each suggestion). */
  proposeGoals: z.boolean(),
});
export type FamilySharing = z.infer<typeof FamilySharingSchema>;

const Recipients = z.array(IdSchema).max(100).refine((ids) => new Set(ids).size === ids.length, 'Each person can be listed once.');

/**
 * The patient's sharing preferences. Without an entry, a caregiver sees
 * nothing. Behavioral health content is always open to the patient's
 * behavioral health clinicians and care coordinator; substance-use records
 * follow the stricter rule: only the behavioral health clinicians, plus each
 * recipient the patient specifically consented to.
 */
export const SharingPreferencesSchema = z.strictObject({
  /** Family members and caregivers on the team. */
  family: z.array(FamilySharingSchema).max(50).refine((f) => new Set(f.map((e) => e.userId)).size === f.length, 'Each person can be listed once.'),
  /** Further team members (clinicians) who may see behavioral health content. */
  behavioralHealth: Recipients,
  /** Team members with specific consent to see substance-use records. */
  substanceUse: Recipients,
});
export type SharingPreferences = z.infer<typeof SharingPreferencesSchema>;

/** What applies before any consent is recorded: nothing is shared beyond the people who hold the records. */
export const NO_SHARING: SharingPreferences = { family: [], behavioralHealth: [], substanceUse: [] };

/** Body of `POST /api/patients/:patientId/consent`: a new version of the preferences (never an edit of an old one). */
export const RecordConsentInputSchema = z.strictObject({
  /** The complete preferences from now on; anything left out is not shared. */
  preferences: SharingPreferencesSchema,
  /** How the patient gave this consent. */
  method: ConsentMethodSchema,
  /** The day the patient gave it; not in the future. */
  givenOn: CalendarDateSchema,
  /** Anything worth keeping with it, e.g. who witnessed it. */
  note: z.string().trim().max(500).default(''),
});
export type RecordConsentInput = z.infer<typeof RecordConsentInputSchema>;

/** One recorded version of a patient's sharing preferences. */
export const ConsentVersionSchema = z.object({
  /** 1, 2, 3… per patient. */
  version: z.number().int().positive(),
  /** The preferences in force from this version on. */
  preferences: SharingPreferencesSchema,
  /** How the patient gave it. */
  method: ConsentMethodSchema,
  /** The day the patient gave it. */
  givenOn: CalendarDateSchema,
  /** Free-text note. */
  note: z.string(),
  /** Who recorded it on the patient's behalf. */
  recordedBy: z.object({ userId: IdSchema, name: z.string() }),
  /** When it was recorded. */
  recordedAt: InstantSchema,
});
export type ConsentVersion = z.infer<typeof ConsentVersionSchema>;

/** `GET /api/patients/:patientId/consent`: the preferences in force and every earlier version, newest first. */
export const ConsentHistorySchema = z.object({
  /** The version in force, or null when nothing was ever recorded. */
  current: ConsentVersionSchema.nullable(),
  /** Every version, newest first. */
  history: z.array(ConsentVersionSchema),
});
export type ConsentHistory = z.infer<typeof ConsentHistorySchema>;
