import type { RiskLevel } from '../schemas/patient';
import type { ScreeningAnswers } from './answers';
import type { ScreeningFlag } from './flags';
import { instrumentScores, screeningFlags, type InstrumentScore } from './scoring';

/** Moderate flags that together make a member High risk. */
export const MODERATE_FLAGS_FOR_HIGH = 3;

/** What a completed screening proposes: the scores, the flags and the risk level with its reasons. */
export interface ScreeningResult {
  scores: InstrumentScore[];
  flags: ScreeningFlag[];
  riskLevel: RiskLevel;
  /** The flags' reasons, heaviest first. */
  reasons: string[];
  /** "High: 2 admissions in 12 months; PHQ-9 = 14". */
  summary: string;
}

/** High with any high-weight flag or 3+ moderate flags; Moderate with 1–2 moderate flags; Low without flags. */
export function riskLevelFromFlags(flags: readonly ScreeningFlag[]): RiskLevel {
  if (flags.some((f) => f.weight === 'high') || flags.length >= MODERATE_FLAGS_FOR_HIGH) return 'High';
  return flags.length > 0 ? 'Moderate' : 'Low';
}

/** Scores, flags, risk level and reasons for a set of answers. */
export function scoreScreening(answers: ScreeningAnswers): ScreeningResult {
  const flags = screeningFlags(answers);
  const riskLevel = riskLevelFromFlags(flags);
  const reasons = [...flags.filter((f) => f.weight === 'high'), ...flags.filter((f) => f.weight === 'moderate')].map((f) => f.reason);
  return { scores: instrumentScores(answers), flags, riskLevel, reasons, summary: `${riskLevel}: ${reasons.length ? reasons.join('; ') : 'no risk flags'}` };
}
