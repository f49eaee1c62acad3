import { z } from 'zod';
import { CalendarDateSchema, IdSchema, InstantSchema } from './ids';
import { PLAN_AUDIENCES, type PlanAudience } from '../realtime/documents';

/** How the patient gave (or withdrew) consent, as the coordinator records it on their behalf. */
/** `member_portal`: the patient recorded it themself in their own portal. */
export const CONSENT_METHODS = ['verbal', 'written', 'electronic', 'legal_representative', 'member_portal'] as const;
export const ConsentMethodSchema = z.enum(CONSENT_METHODS);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/** The methods staff record on the patient's behalf: "member portal" is only ever written by the member themself. */
export const STAFF_CONSENT_METHODS = CONSENT_METHODS.filter((m): m is Exclude<ConsentMethod, 'member_portal'> => m !== 'member_portal');
export const StaffConsentMethodSchema = z.enum(STAFF_CONSENT_METHODS);
export type StaffConsentMethod = z.infer<typeof StaffConsentMethodSchema>;

/** Display labels of the consent methods. */
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  verbal: 'Verbal, by the patient',
  written: 'Written, signed form',
  electronic: 'Electronic signature',
  legal_representative: "By the patient's legal representative",
  member_portal: 'By the patient, in their member portal',
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

/** Names of the plan's parts (one per plan document) as a provider's copy lists them. */
export const PLAN_PART_LABELS: Record<PlanAudience, string> = {
  shared: 'Shared plan', clinical: 'Clinical plan', sensitive: 'Behavioral health', substanceUse: 'Substance use',
};

const PlanParts = z.array(z.enum(PLAN_AUDIENCES)).min(1, 'Choose at least one part of the plan to share with this provider.').max(PLAN_AUDIENCES.length)
  .refine((parts) => new Set(parts).size === parts.length, 'Each part can be listed once.');

/** The patient lets a provider on the care team (the PCP or another clinician) be sent a copy of these parts of the plan. */
export const TeamProviderSharingSchema = z.strictObject({
  kind: z.literal('team'),
  /** The provider's user id (a clinician on the care team). */
  userId: IdSchema,
  /** Which plan documents the copy may contain; behavioral health and substance use only when named here. */
  parts: PlanParts,
});
export type TeamProviderSharing = z.infer<typeof TeamProviderSharingSchema>;

/** The patient lets a provider outside CareHuddle be sent a copy of these parts of the plan. */
export const ExternalProviderSharingSchema = z.strictObject({
  kind: z.literal('external'),
  /** Stable id of this recipient, kept from version to version (chosen when first added). */
  id: IdSchema,
  /** The provider's name. */
  name: z.string().trim().min(1, "Enter the provider's name.").max(120),
  /** Practice, clinic or hospital; may be empty. */
  organization: z.string().trim().max(120).default(''),
  /** How the copy reaches them: fax, secure message or address. */
  contact: z.string().trim().min(1, 'Enter how to reach the provider (fax, secure message or address).').max(200),
  /** Which plan documents the copy may contain. */
  parts: PlanParts,
});
export type ExternalProviderSharing = z.infer<typeof ExternalProviderSharingSchema>;

/** One provider the patient shares a copy of the plan with. */
export const ProviderSharingSchema = z.discriminatedUnion('kind', [TeamProviderSharingSchema, ExternalProviderSharingSchema]);
export type ProviderSharing = z.infer<typeof ProviderSharingSchema>;

/** The id a share names a provider recipient by: the user id of a team provider, the entry's id of an external one. */
export function providerRecipientId(entry: ProviderSharing): string {
  return entry.kind === 'team' ? entry.userId : entry.id;
}

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
  /** Providers who may be sent a copy of parts of the plan (absent in versions recorded before this existed: nobody). */
  providers: z.array(ProviderSharingSchema).max(50)
    .refine((p) => new Set(p.map(providerRecipientId)).size === p.length, 'Each provider can be listed once.').default([]),
});
export type SharingPreferences = z.infer<typeof SharingPreferencesSchema>;

/** What applies before any consent is recorded: nothing is shared beyond the people who hold the records. */
export const NO_SHARING: SharingPreferences = { family: [], behavioralHealth: [], substanceUse: [], providers: [] };

/** Body of `POST /api/patients/:patientId/consent`: a new version of the preferences (never an edit of an old one). */
export const RecordConsentInputSchema = z.strictObject({
  /** The complete preferences from now on; anything left out is not shared. */
  preferences: SharingPreferencesSchema,
  /** How the patient gave this consent (as staff record it). */
  method: StaffConsentMethodSchema,
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
