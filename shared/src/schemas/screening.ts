import { z } from 'zod';
import { NEED_DOMAINS } from '../plan/planStructure';
import { ScreeningAnswerValueSchema } from '../screening/answers';
import { SCREENING_FLAG_CODES } from '../screening/flags';
import { IdSchema, InstantSchema } from './ids';
import { RiskLevelSchema } from './patient';
import type { CareTeamRole } from './roles';

/** A person named beside something they did. */
const PersonSchema = z.object({ userId: IdSchema, name: z.string() });

/** One answer with who gave it and when (from the live document's attribution, kept by the server). */
export const AttributedAnswerSchema = z.object({
  /** The question's link id. */
  linkId: z.string(),
  /** The answer as the scoring module reads it. */
  value: ScreeningAnswerValueSchema,
  /** Who entered it last. */
  by: PersonSchema,
  /** When it was entered. */
  at: InstantSchema,
});
export type AttributedAnswer = z.infer<typeof AttributedAnswerSchema>;

/** A flag of a completed screening, proposed as a need in the clinical plan until the coordinator decides. */
export const ProposedNeedSchema = z.object({
  /** The flag that proposes it. */
  flagCode: z.enum(SCREENING_FLAG_CODES),
  /** The need's title ("Food insecurity"). */
  title: z.string(),
  /** This member's value ("PHQ-9 = 14"). */
  reason: z.string(),
  /** Where it goes in the clinical plan. */
  domain: z.enum(NEED_DOMAINS),
  /** `proposed` until the coordinator accepts (written to the plan) or dismisses it. */
  status: z.enum(['proposed', 'accepted', 'dismissed']),
  /** Who decided, and when. */
  decidedBy: PersonSchema.nullable(),
  decidedAt: InstantSchema.nullable(),
});
export type ProposedNeed = z.infer<typeof ProposedNeedSchema>;

/** What a completed screening computed, stored with it. */
export const ScreeningOutcomeSchema = z.object({
  scores: z.array(z.object({ name: z.string(), score: z.number(), max: z.number(), interpretation: z.string() })),
  flags: z.array(z.object({ code: z.enum(SCREENING_FLAG_CODES), label: z.string(), reason: z.string(), weight: z.enum(['high', 'moderate']) })),
  /** The risk level the screening proposes; the coordinator sets the patient's level. */
  riskLevel: RiskLevelSchema,
  reasons: z.array(z.string()),
  summary: z.string(),
});
export type ScreeningOutcome = z.infer<typeof ScreeningOutcomeSchema>;

/** A screening: in progress (a live document) or completed (stored once, immutable). */
export const ScreeningSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  status: z.enum(['in_progress', 'completed']),
  /** The live document's name while in progress (`screening:<patientId>:<id>`). */
  documentName: z.string(),
  /** The completed screening this one corrects, if it is an amendment. */
  amendsId: IdSchema.nullable(),
  /** The amendment that replaced this one, if any. */
  amendedById: IdSchema.nullable(),
  startedBy: PersonSchema,
  startedAt: InstantSchema,
  completedBy: PersonSchema.nullable(),
  completedAt: InstantSchema.nullable(),
  /** The answers with who gave each and when (completed screenings only; live ones are in the document). */
  answers: z.array(AttributedAnswerSchema),
  outcome: ScreeningOutcomeSchema.nullable(),
  proposedNeeds: z.array(ProposedNeedSchema),
});
export type Screening = z.infer<typeof ScreeningSchema>;

/** Body of `POST /api/patients/:patientId/screenings`. */
export const StartScreeningInputSchema = z.strictObject({
  /** To correct a completed screening: its id; the amendment starts from its answers. */
  amendsId: IdSchema.optional(),
});
export type StartScreeningInput = z.infer<typeof StartScreeningInputSchema>;

/** Path parameters naming a screening. */
export const ScreeningParamsSchema = z.strictObject({ patientId: IdSchema, screeningId: IdSchema });
export type ScreeningParams = z.infer<typeof ScreeningParamsSchema>;

/** Path parameters naming a proposed need of a screening. */
export const ProposedNeedParamsSchema = ScreeningParamsSchema.extend({ flagCode: z.enum(SCREENING_FLAG_CODES) });

/** Body of the coordinator's decision on a proposed need. */
export const DecideProposedNeedInputSchema = z.strictObject({ decision: z.enum(['accept', 'dismiss']) });
export type DecideProposedNeedInput = z.infer<typeof DecideProposedNeedInputSchema>;

/** Body of `POST /api/patients/:patientId/risk`: only the care coordinator sets or overrides the risk level. */
export const SetRiskLevelInputSchema = z.strictObject({
  riskLevel: RiskLevelSchema,
  /** Why; required for every change, shown in the history. */
  reason: z.string().trim().min(1, 'Enter the reason for the risk level.').max(500, 'Keep the reason under 500 characters.'),
  /** The completed screening whose proposal this accepts, if any. */
  screeningId: IdSchema.optional(),
});
export type SetRiskLevelInput = z.infer<typeof SetRiskLevelInputSchema>;

/**
 * Staff who administer screenings and read their results. Pharmacists and
 * community support do not: a screening holds depression and safety answers.
 */
export const SCREENING_ROLES: ReadonlySet<CareTeamRole> = new Set<CareTeamRole>([
  'care_coordinator', 'physician', 'nurse', 'behavioral_health', 'social_worker', 'counselor', 'community_health_worker',
]);

/** One change of a patient's risk level. */
export const RiskChangeSchema = z.object({
  id: IdSchema,
  from: RiskLevelSchema.nullable(),
  to: RiskLevelSchema,
  reason: z.string(),
  by: PersonSchema,
  at: InstantSchema,
  screeningId: IdSchema.nullable(),
});
export type RiskChange = z.infer<typeof RiskChangeSchema>;

/** Response of `GET /api/patients/:patientId/risk/history`. */
export const RiskHistorySchema = z.object({
  /** Newest first. */
  changes: z.array(RiskChangeSchema),
  /** Why the level is what it is now: the accepted screening's reasons, or the coordinator's own reason. */
  currentReasons: z.array(z.string()),
});
export type RiskHistory = z.infer<typeof RiskHistorySchema>;
