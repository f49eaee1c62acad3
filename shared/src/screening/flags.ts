import type { NEED_DOMAINS } from '../plan/planStructure';

/** Every flag a screening can raise. */
export const SCREENING_FLAG_CODES = [
  'admissions_2_plus', 'admission_1', 'ed_visits_2_plus', 'polypharmacy', 'multimorbidity', 'falls_2_plus_or_injury', 'fall_1', 'fair_poor_health',
  'housing_instability', 'housing_quality', 'food_insecurity', 'transportation', 'utilities', 'interpersonal_safety',
  'phq9_10_plus', 'phq9_20_plus', 'self_harm_thoughts',
  'adl_severe', 'adl_moderate', 'iadl_dependent',
] as const;
export type ScreeningFlagCode = (typeof SCREENING_FLAG_CODES)[number];

/** How much a flag weighs in the risk level: one `high` flag makes the member High risk. */
export type FlagWeight = 'high' | 'moderate';

/** A flag raised by the answers, with the reason as it is shown ("2 admissions in 12 months"). */
export interface ScreeningFlag {
  code: ScreeningFlagCode;
  /** The rule, as a coordinator reads it in a list of flags ("2+ admissions in 12 months"). */
  label: string;
  /** This member's value ("3 admissions in 12 months", "PHQ-9 = 14"). */
  reason: string;
  weight: FlagWeight;
  /** Where the need it proposes goes in the clinical plan. */
  domain: (typeof NEED_DOMAINS)[number];
  /** The Questionnaire id that raised it. */
  instrument: string;
}

type FlagRule = Omit<ScreeningFlag, 'code' | 'reason'>;

/** What each flag means; the thresholds are in `scoring.ts` and `docs/screening.md`. */
export const FLAG_RULES: Record<ScreeningFlagCode, FlagRule> = {
  admissions_2_plus: { label: '2+ admissions in 12 months', weight: 'high', domain: 'medical', instrument: 'health-risk-assessment' },
  admission_1: { label: '1 admission in 12 months', weight: 'moderate', domain: 'medical', instrument: 'health-risk-assessment' },
  ed_visits_2_plus: { label: '2+ emergency visits in 12 months', weight: 'moderate', domain: 'medical', instrument: 'health-risk-assessment' },
  polypharmacy: { label: '5+ prescription medicines', weight: 'moderate', domain: 'medical', instrument: 'health-risk-assessment' },
  multimorbidity: { label: '3+ chronic conditions', weight: 'moderate', domain: 'medical', instrument: 'health-risk-assessment' },
  falls_2_plus_or_injury: { label: '2+ falls or a fall with injury in 12 months', weight: 'high', domain: 'medical', instrument: 'health-risk-assessment' },
  fall_1: { label: '1 fall in 12 months', weight: 'moderate', domain: 'medical', instrument: 'health-risk-assessment' },
  fair_poor_health: { label: 'Fair or poor self-rated health', weight: 'moderate', domain: 'medical', instrument: 'health-risk-assessment' },
  housing_instability: { label: 'Housing instability', weight: 'moderate', domain: 'social', instrument: 'ahc-hrsn-core' },
  housing_quality: { label: 'Housing quality problems', weight: 'moderate', domain: 'social', instrument: 'ahc-hrsn-core' },
  food_insecurity: { label: 'Food insecurity', weight: 'moderate', domain: 'social', instrument: 'ahc-hrsn-core' },
  transportation: { label: 'Transportation problems', weight: 'moderate', domain: 'social', instrument: 'ahc-hrsn-core' },
  utilities: { label: 'Utility shut-off threatened', weight: 'moderate', domain: 'social', instrument: 'ahc-hrsn-core' },
  interpersonal_safety: { label: 'Interpersonal safety (score ≥ 11)', weight: 'high', domain: 'social', instrument: 'ahc-hrsn-core' },
  phq9_10_plus: { label: 'PHQ-9 ≥ 10', weight: 'moderate', domain: 'behavioral_health', instrument: 'phq-2-9' },
  phq9_20_plus: { label: 'PHQ-9 ≥ 20 (severe)', weight: 'high', domain: 'behavioral_health', instrument: 'phq-2-9' },
  self_harm_thoughts: { label: 'Thoughts of self-harm (PHQ-9 item 9)', weight: 'high', domain: 'behavioral_health', instrument: 'phq-2-9' },
  adl_severe: { label: 'Katz ADL ≤ 2 (severe impairment)', weight: 'high', domain: 'long_term_services', instrument: 'functional-adl-iadl' },
  adl_moderate: { label: 'Katz ADL 3–4 (moderate impairment)', weight: 'moderate', domain: 'long_term_services', instrument: 'functional-adl-iadl' },
  iadl_dependent: { label: 'Lawton IADL ≤ 5', weight: 'moderate', domain: 'long_term_services', instrument: 'functional-adl-iadl' },
};

/** A raised flag with this member's reason. */
export function flag(code: ScreeningFlagCode, reason: string): ScreeningFlag {
  return { code, reason, ...FLAG_RULES[code] };
}
