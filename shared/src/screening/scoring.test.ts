import { describe, expect, it } from 'vitest';
import type { ScreeningAnswers } from './answers';
import { answerProblem, missingRequiredAnswers } from './answerRules';
import type { ScreeningFlagCode } from './flags';
import { riskLevelFromFlags, scoreScreening } from './riskLevel';
import { instrumentScores, phq9Severity, screeningFlags } from './scoring';
import { enabledQuestions, isQuestionEnabled } from './skipLogic';

const codesOf = (a: ScreeningAnswers) => screeningFlags(a).map((f) => f.code);
const PHQ_ITEMS = ['phq-1', 'phq-2', 'phq-3', 'phq-4', 'phq-5', 'phq-6', 'phq-7', 'phq-8', 'phq-9'];
/** PHQ answers whose item scores are the given digits, e.g. '211000000'. */
const phq = (digits: string): ScreeningAnswers => Object.fromEntries(PHQ_ITEMS.map((id, i) => [id, digits[i] ?? '0']));
const KATZ = ['adl-bathing', 'adl-dressing', 'adl-toileting', 'adl-transferring', 'adl-continence', 'adl-feeding'];
const katz = (independent: number): ScreeningAnswers => Object.fromEntries(KATZ.map((id, i) => [id, i < independent ? 'independent' : 'dependent']));
// Lawton options: 'a' scores 1 in every domain; the last option scores 0 in every domain.
const LAWTON_LAST = { 'iadl-telephone': 'd', 'iadl-shopping': 'd', 'iadl-food': 'd', 'iadl-housekeeping': 'e', 'iadl-laundry': 'c', 'iadl-transportation': 'e', 'iadl-medications': 'c', 'iadl-finances': 'c' };
const lawton = (independent: number): ScreeningAnswers => Object.fromEntries(Object.entries(LAWTON_LAST).map(([id, last], i) => [id, i < independent ? 'a' : last]));
const safety = (scores: [string, string, string, string]): ScreeningAnswers => ({ 'hrsn-7': scores[0], 'hrsn-8': scores[1], 'hrsn-9': scores[2], 'hrsn-10': scores[3] });

describe('health-risk assessment flags', () => {
  it.each<[string, ScreeningAnswers, ScreeningFlagCode[]]>([
    ['0 admissions', { 'hra-admissions': 0 }, []],
    ['1 admission', { 'hra-admissions': 1 }, ['admission_1']],
    ['2 admissions', { 'hra-admissions': 2 }, ['admissions_2_plus']],
    ['1 ED visit', { 'hra-ed-visits': 1 }, []],
    ['2 ED visits', { 'hra-ed-visits': 2 }, ['ed_visits_2_plus']],
    ['4 medicines', { 'hra-medications': 4 }, []],
    ['5 medicines', { 'hra-medications': 5 }, ['polypharmacy']],
    ['2 conditions', { 'hra-conditions': ['diabetes', 'copd'] }, []],
    ['3 conditions', { 'hra-conditions': ['diabetes', 'copd', 'heart_failure'] }, ['multimorbidity']],
    ['no conditions', { 'hra-conditions': ['none'] }, []],
    ['0 falls', { 'hra-falls': 0 }, []],
    ['1 fall without injury', { 'hra-falls': 1, 'hra-fall-injury': 'no' }, ['fall_1']],
    ['1 fall with injury', { 'hra-falls': 1, 'hra-fall-injury': 'yes' }, ['falls_2_plus_or_injury']],
    ['2 falls', { 'hra-falls': 2, 'hra-fall-injury': 'no' }, ['falls_2_plus_or_injury']],
    ['good health', { 'hra-self-rated-health': 'good' }, []],
    ['fair health', { 'hra-self-rated-health': 'fair' }, ['fair_poor_health']],
    ['poor health', { 'hra-self-rated-health': 'poor' }, ['fair_poor_health']],
  ])('%s', (_name, answers, expected) => {
    expect(codesOf(answers)).toEqual(expected);
  });
});

describe('AHC health-related social needs flags', () => {
  it.each<[string, ScreeningAnswers, ScreeningFlagCode[]]>([
    ['steady housing', { 'hrsn-1': 'steady' }, []],
    ['worried about losing housing', { 'hrsn-1': 'worried' }, ['housing_instability']],
    ['no steady place', { 'hrsn-1': 'not_steady' }, ['housing_instability']],
    ['no housing problems', { 'hrsn-2': ['none'] }, []],
    ['mold', { 'hrsn-2': ['mold'] }, ['housing_quality']],
    ['food never, never', { 'hrsn-3': 'never', 'hrsn-4': 'never' }, []],
    ['food worry sometimes', { 'hrsn-3': 'sometimes', 'hrsn-4': 'never' }, ['food_insecurity']],
    ['food ran out often', { 'hrsn-3': 'never', 'hrsn-4': 'often' }, ['food_insecurity']],
    ['transportation no', { 'hrsn-5': 'no' }, []],
    ['transportation yes', { 'hrsn-5': 'yes' }, ['transportation']],
    ['utilities no', { 'hrsn-6': 'no' }, []],
    ['utilities threatened', { 'hrsn-6': 'yes' }, ['utilities']],
    ['utilities already shut off', { 'hrsn-6': 'already_shut_off' }, ['utilities']],
    ['safety score 10', safety(['rarely', 'rarely', 'rarely', 'fairly_often']), []],
    ['safety score 11', safety(['rarely', 'rarely', 'sometimes', 'fairly_often']), ['interpersonal_safety']],
  ])('%s', (_name, answers, expected) => {
    expect(codesOf(answers)).toEqual(expected);
  });
});

describe('PHQ-2 and PHQ-9', () => {
  it.each<[string, string, boolean, ScreeningFlagCode[]]>([
    ['PHQ-2 = 2: PHQ-9 is not asked, whatever was left in its items', '112222222', false, []],
    ['PHQ-2 = 3, PHQ-9 = 9', '210222000', true, []],
    ['PHQ-9 = 10', '211222100', true, ['phq9_10_plus']],
    ['PHQ-9 = 19', '333332100', true, ['phq9_10_plus']],
    ['PHQ-9 = 20', '333333200', true, ['phq9_20_plus']],
    ['PHQ-9 = 5 with item 9 = 1', '210000011', true, ['self_harm_thoughts']],
  ])('%s', (_name, digits, followUpAsked, expected) => {
    expect(isQuestionEnabled('phq-3', phq(digits))).toBe(followUpAsked);
    expect(codesOf(phq(digits))).toEqual(expected);
  });

  it.each([[0, 'minimal depression'], [4, 'minimal depression'], [5, 'mild depression'], [9, 'mild depression'], [10, 'moderate depression'],
    [14, 'moderate depression'], [15, 'moderately severe depression'], [19, 'moderately severe depression'], [20, 'severe depression'], [27, 'severe depression']])(
    'PHQ-9 %i is %s', (score, band) => { expect(phq9Severity(score)).toBe(band); },
  );

  it('scores PHQ-9 only when it was asked', () => {
    expect(instrumentScores(phq('110000000')).map((s) => s.name)).toEqual(['PHQ-2']);
    expect(instrumentScores(phq('211222100')).find((s) => s.name === 'PHQ-9')?.score).toBe(11);
  });
});

describe('functional status', () => {
  it.each<[number, ScreeningFlagCode[]]>([[6, []], [5, []], [4, ['adl_moderate']], [3, ['adl_moderate']], [2, ['adl_severe']], [0, ['adl_severe']]])(
    'Katz ADL %i', (score, expected) => { expect(codesOf(katz(score))).toEqual(expected); },
  );
  it.each<[number, ScreeningFlagCode[]]>([[8, []], [6, []], [5, ['iadl_dependent']], [0, ['iadl_dependent']]])(
    'Lawton IADL %i', (score, expected) => { expect(codesOf(lawton(score))).toEqual(expected); },
  );
  it('Lawton housekeeping scores 1 for all but the last option', () => {
    expect(instrumentScores({ ...lawton(8), 'iadl-housekeeping': 'd' }).find((s) => s.name === 'Lawton IADL')?.score).toBe(8);
  });
});

describe('risk level', () => {
  it.each<[string, ScreeningAnswers, string]>([
    ['no flags', { 'hra-admissions': 0 }, 'Low: no risk flags'],
    ['one moderate flag', { 'hra-admissions': 1 }, 'Moderate: 1 admission in 12 months'],
    ['two moderate flags', { 'hra-admissions': 1, 'hrsn-5': 'yes' }, 'Moderate: 1 admission in 12 months; transportation kept them from care or daily needs'],
    ['three moderate flags', { 'hra-admissions': 1, 'hrsn-5': 'yes', 'hra-medications': 7 }, 'High: 1 admission in 12 months; 7 prescription medicines; transportation kept them from care or daily needs'],
    ['one high flag, heaviest first', { ...phq('222222200'), 'hra-admissions': 2 }, 'High: 2 admissions in 12 months; PHQ-9 = 14'],
  ])('%s', (_name, answers, summary) => {
    expect(scoreScreening(answers).summary).toBe(summary);
  });

  it('is High with any high-weight flag alone', () => {
    expect(riskLevelFromFlags(screeningFlags({ 'hra-falls': 3, 'hra-fall-injury': 'no' }))).toBe('High');
  });
});

describe('required answers and skip logic', () => {
  it('asks the fall-injury question only after a fall', () => {
    expect(isQuestionEnabled('hra-fall-injury', { 'hra-falls': 0 })).toBe(false);
    expect(isQuestionEnabled('hra-fall-injury', { 'hra-falls': 1 })).toBe(true);
  });

  it('requires the PHQ-9 items only when PHQ-2 is 3 or more', () => {
    const missing = (a: ScreeningAnswers) => missingRequiredAnswers(a).map((p) => p.linkId).filter((id) => id.startsWith('phq'));
    expect(missing({ 'phq-1': '1', 'phq-2': '1' })).toEqual([]);
    expect(missing({ 'phq-1': '2', 'phq-2': '1' })).toEqual(PHQ_ITEMS.slice(2));
  });

  it('explains each missing answer in a sentence', () => {
    expect(missingRequiredAnswers({})[0]?.message).toBe('Answer "Has a doctor ever told you that you have any of these conditions? Choose all that apply."');
    expect(enabledQuestions({}).length).toBeGreaterThan(30);
  });

  it.each<[string, string | string[] | number, string | null]>([
    ['hra-admissions', 2, null],
    ['hra-admissions', 'two', 'Enter a whole number.'],
    ['hrsn-1', 'steady', null],
    ['hrsn-1', 'castle', 'Choose one of the listed answers.'],
    ['hrsn-2', ['mold', 'pests'], null],
    ['hrsn-2', ['mold', 'none'], '"None" cannot be chosen with other answers.'],
    ['phq2-score', 3, 'This is not a question of the screening.'],
    ['no-such-item', 'x', 'This is not a question of the screening.'],
  ])('%s = %j', (linkId, value, problem) => {
    expect(answerProblem(linkId, value)).toBe(problem);
  });
});
