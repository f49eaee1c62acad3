import type { ScreeningAnswers } from './answers';
import { flag, type ScreeningFlag } from './flags';
import { isQuestionEnabled, scoreOf } from './skipLogic';

/** One instrument's score as it is shown beside the result. */
export interface InstrumentScore {
  /** The score's name ("PHQ-9", "Katz ADL"). */
  name: string;
  score: number;
  max: number;
  /** The published interpretation of the score ("moderate depression"). */
  interpretation: string;
}

const PHQ2 = ['phq-1', 'phq-2'];
const PHQ9 = [...PHQ2, 'phq-3', 'phq-4', 'phq-5', 'phq-6', 'phq-7', 'phq-8', 'phq-9'];
const HRSN_SAFETY = ['hrsn-7', 'hrsn-8', 'hrsn-9', 'hrsn-10'];
const KATZ = ['adl-bathing', 'adl-dressing', 'adl-toileting', 'adl-transferring', 'adl-continence', 'adl-feeding'];
const LAWTON = ['iadl-telephone', 'iadl-shopping', 'iadl-food', 'iadl-housekeeping', 'iadl-laundry', 'iadl-transportation', 'iadl-medications', 'iadl-finances'];

const num = (a: ScreeningAnswers, id: string): number | null => (typeof a[id] === 'number' ? a[id] : null);
const codes = (a: ScreeningAnswers, id: string): string[] => { const v = a[id]; return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []; };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const allAnswered = (a: ScreeningAnswers, ids: readonly string[]) => ids.every((id) => a[id] !== undefined);

/** PHQ-9 severity bands (Kroenke 2001). */
export function phq9Severity(score: number): string {
  if (score >= 20) return 'severe depression';
  if (score >= 15) return 'moderately severe depression';
  if (score >= 10) return 'moderate depression';
  if (score >= 5) return 'mild depression';
  return 'minimal depression';
}

/** Scores of the instruments whose scored items are all answered (PHQ-9 only when it was asked). */
export function instrumentScores(a: ScreeningAnswers): InstrumentScore[] {
  const out: InstrumentScore[] = [];
  if (allAnswered(a, PHQ2)) out.push({ name: 'PHQ-2', score: scoreOf(a, PHQ2), max: 6, interpretation: scoreOf(a, PHQ2) >= 3 ? 'positive: PHQ-9 follows' : 'negative' });
  if (isQuestionEnabled('phq-3', a) && allAnswered(a, PHQ9)) out.push({ name: 'PHQ-9', score: scoreOf(a, PHQ9), max: 27, interpretation: phq9Severity(scoreOf(a, PHQ9)) });
  if (allAnswered(a, HRSN_SAFETY)) out.push({ name: 'AHC safety', score: scoreOf(a, HRSN_SAFETY), max: 20, interpretation: scoreOf(a, HRSN_SAFETY) >= 11 ? 'positive' : 'negative' });
  if (allAnswered(a, KATZ)) {
    const s = scoreOf(a, KATZ);
    out.push({ name: 'Katz ADL', score: s, max: 6, interpretation: s === 6 ? 'full function' : s <= 2 ? 'severe functional impairment' : s <= 4 ? 'moderate impairment' : 'one activity needs help' });
  }
  if (allAnswered(a, LAWTON)) out.push({ name: 'Lawton IADL', score: scoreOf(a, LAWTON), max: 8, interpretation: `independent in ${scoreOf(a, LAWTON)} of 8` });
  return out;
}

function healthRiskFlags(a: ScreeningAnswers): ScreeningFlag[] {
  const out: ScreeningFlag[] = [];
  const admissions = num(a, 'hra-admissions');
  if (admissions !== null && admissions >= 2) out.push(flag('admissions_2_plus', `${admissions} admissions in 12 months`));
  if (admissions === 1) out.push(flag('admission_1', '1 admission in 12 months'));
  const ed = num(a, 'hra-ed-visits');
  if (ed !== null && ed >= 2) out.push(flag('ed_visits_2_plus', `${ed} emergency visits in 12 months`));
  const meds = num(a, 'hra-medications');
  if (meds !== null && meds >= 5) out.push(flag('polypharmacy', `${meds} prescription medicines`));
  const conditions = codes(a, 'hra-conditions').filter((c) => c !== 'none').length;
  if (conditions >= 3) out.push(flag('multimorbidity', `${conditions} chronic conditions`));
  const falls = num(a, 'hra-falls');
  const injured = falls !== null && falls > 0 && a['hra-fall-injury'] === 'yes';
  if (falls !== null && (falls >= 2 || injured)) out.push(flag('falls_2_plus_or_injury', injured ? `${plural(falls, 'fall', 'falls')} in 12 months, with injury` : `${falls} falls in 12 months`));
  else if (falls === 1) out.push(flag('fall_1', '1 fall in 12 months'));
  const health = a['hra-self-rated-health'];
  if (health === 'fair' || health === 'poor') out.push(flag('fair_poor_health', `self-rated health ${health}`));
  return out;
}

function socialNeedFlags(a: ScreeningAnswers): ScreeningFlag[] {
  const out: ScreeningFlag[] = [];
  const living = a['hrsn-1'];
  if (living === 'worried') out.push(flag('housing_instability', 'worried about losing housing'));
  if (living === 'not_steady') out.push(flag('housing_instability', 'no steady place to live'));
  const problems = codes(a, 'hrsn-2').filter((c) => c !== 'none');
  if (problems.length > 0) out.push(flag('housing_quality', `${plural(problems.length, 'housing problem', 'housing problems')} (${problems.join(', ').replace(/_/g, ' ')})`));
  const foodPositive = ['hrsn-3', 'hrsn-4'].some((id) => a[id] === 'often' || a[id] === 'sometimes');
  if (foodPositive) out.push(flag('food_insecurity', 'food insecurity'));
  if (a['hrsn-5'] === 'yes') out.push(flag('transportation', 'transportation kept them from care or daily needs'));
  if (a['hrsn-6'] === 'yes') out.push(flag('utilities', 'utility shut-off threatened'));
  if (a['hrsn-6'] === 'already_shut_off') out.push(flag('utilities', 'utilities already shut off'));
  if (allAnswered(a, HRSN_SAFETY) && scoreOf(a, HRSN_SAFETY) >= 11) out.push(flag('interpersonal_safety', `interpersonal safety score = ${scoreOf(a, HRSN_SAFETY)}`));
  return out;
}

function depressionFlags(a: ScreeningAnswers): ScreeningFlag[] {
  if (!isQuestionEnabled('phq-3', a)) return [];
  const out: ScreeningFlag[] = [];
  const phq9 = scoreOf(a, PHQ9);
  if (phq9 >= 20) out.push(flag('phq9_20_plus', `PHQ-9 = ${phq9}`));
  else if (phq9 >= 10) out.push(flag('phq9_10_plus', `PHQ-9 = ${phq9}`));
  const item9 = scoreOf(a, ['phq-9']);
  if (item9 > 0) out.push(flag('self_harm_thoughts', 'thoughts of self-harm (PHQ-9 item 9)'));
  return out;
}

function functionalFlags(a: ScreeningAnswers): ScreeningFlag[] {
  const out: ScreeningFlag[] = [];
  if (allAnswered(a, KATZ)) {
    const katz = scoreOf(a, KATZ);
    if (katz <= 2) out.push(flag('adl_severe', `Katz ADL = ${katz} of 6`));
    else if (katz <= 4) out.push(flag('adl_moderate', `Katz ADL = ${katz} of 6`));
  }
  if (allAnswered(a, LAWTON) && scoreOf(a, LAWTON) <= 5) out.push(flag('iadl_dependent', `Lawton IADL = ${scoreOf(a, LAWTON)} of 8`));
  return out;
}

/** Every flag the answers raise, in questionnaire order. */
export function screeningFlags(answers: ScreeningAnswers): ScreeningFlag[] {
  return [...healthRiskFlags(answers), ...socialNeedFlags(answers), ...depressionFlags(answers), ...functionalFlags(answers)];
}
