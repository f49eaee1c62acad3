import type { QuestionnaireItem, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import type { ScreeningAnswers, ScreeningAnswerValue } from './answers';
import { optionCode, optionScore, screeningItem, SCREENING_INSTRUMENTS } from './instruments';

/** Sum of the published scores of the answered items (unanswered items count 0). */
export function scoreOf(answers: ScreeningAnswers, linkIds: readonly string[]): number {
  return linkIds.reduce((sum, linkId) => sum + (optionScoreOfAnswer(linkId, answers[linkId]) ?? 0), 0);
}

/** The score of the option chosen for one item, or undefined when unanswered or unscored. */
export function optionScoreOfAnswer(linkId: string, value: ScreeningAnswerValue | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const option = screeningItem(linkId)?.answerOption?.find((o) => optionCode(o) === value);
  return option ? optionScore(option) : undefined;
}

/**
 * Values the questionnaires compute rather than ask (read-only items with an SDC
 * `calculatedExpression`): the PHQ-2 score that decides whether PHQ-9 follows.
 * Kept in code because evaluating FHIRPath in the browser would add a large dependency for one sum.
 */
export function calculatedAnswers(answers: ScreeningAnswers): Record<string, number> {
  return { 'phq2-score': scoreOf(answers, ['phq-1', 'phq-2']) };
}

function compare(actual: ScreeningAnswerValue | undefined, condition: QuestionnaireItemEnableWhen): boolean {
  if (condition.operator === 'exists') return (actual !== undefined) === (condition.answerBoolean ?? true);
  if (actual === undefined) return false;
  const expected = condition.answerInteger ?? condition.answerCoding?.code ?? condition.answerString;
  if (expected === undefined) return false;
  const values = Array.isArray(actual) ? actual : [actual];
  switch (condition.operator) {
    case '=': return values.some((v) => v === expected);
    case '!=': return values.every((v) => v !== expected);
    case '>': return values.some((v) => v > expected);
    case '<': return values.some((v) => v < expected);
    case '>=': return values.some((v) => v >= expected);
    case '<=': return values.some((v) => v <= expected);
  }
}

function itemEnabled(item: QuestionnaireItem, all: ScreeningAnswers): boolean {
  if (!item.enableWhen?.length) return true;
  const results = item.enableWhen.map((c) => compare(all[c.question], c));
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

/** The questions to ask given the answers so far (skip logic applied; a disabled group hides its questions). */
export function enabledQuestions(answers: ScreeningAnswers): QuestionnaireItem[] {
  const all = { ...answers, ...calculatedAnswers(answers) };
  const walk = (items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] =>
    (items ?? []).filter((i) => itemEnabled(i, all)).flatMap((i) => (i.type === 'group' ? walk(i.item) : i.readOnly ? [] : [i]));
  return SCREENING_INSTRUMENTS.flatMap((q) => walk(q.item));
}

/** Whether this question is asked given the answers so far. */
export function isQuestionEnabled(linkId: string, answers: ScreeningAnswers): boolean {
  return enabledQuestions(answers).some((i) => i.linkId === linkId);
}
