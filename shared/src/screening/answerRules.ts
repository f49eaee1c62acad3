import type { ScreeningAnswers, ScreeningAnswerValue } from './answers';
import { optionCode, screeningItem } from './instruments';
import { enabledQuestions } from './skipLogic';

/** An answer or a missing answer, explained in a sentence for the person filling in the screening. */
export interface ScreeningAnswerProblem {
  linkId: string;
  message: string;
}

/** Why a value cannot answer this question, or null when it can. */
export function answerProblem(linkId: string, value: ScreeningAnswerValue): string | null {
  const item = screeningItem(linkId);
  if (!item || item.type === 'group' || item.readOnly) return 'This is not a question of the screening.';
  if (item.type === 'integer') return typeof value === 'number' ? null : 'Enter a whole number.';
  const codes = new Set((item.answerOption ?? []).map(optionCode));
  if (item.repeats) {
    if (!Array.isArray(value) || value.some((v) => !codes.has(v))) return 'Choose from the listed answers.';
    if (value.includes('none') && value.length > 1) return '"None" cannot be chosen with other answers.';
    return null;
  }
  return typeof value === 'string' && codes.has(value) ? null : 'Choose one of the listed answers.';
}

/** Required questions that are asked (skip logic applied) but not answered, with a sentence each. */
export function missingRequiredAnswers(answers: ScreeningAnswers): ScreeningAnswerProblem[] {
  return enabledQuestions(answers)
    .filter((item) => item.required && isUnanswered(answers[item.linkId]))
    .map((item) => ({ linkId: item.linkId, message: `Answer "${item.text ?? item.linkId}"` }));
}

function isUnanswered(value: ScreeningAnswerValue | undefined): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}
