import { optionCode, type enabledQuestions, type ScreeningAnswerValue } from '@carehuddle/shared';

/** A question of the screening, as the shared instruments define it. */
export type QuestionnaireItem = ReturnType<typeof enabledQuestions>[number];

/** Who gave an answer, as the server attributed it. */
export interface AnsweredBy {
  name: string;
  at: string;
}

interface Props {
  item: QuestionnaireItem;
  value: ScreeningAnswerValue | undefined;
  answeredBy: AnsweredBy | undefined;
  error: string | undefined;
  disabled: boolean;
  onAnswer: (value: ScreeningAnswerValue | undefined) => void;
}

/** One question: radio buttons, checkboxes ("choose all that apply") or a whole number, with who answered it and any message beside it. */
export function QuestionField({ item, value, answeredBy, error, disabled, onAnswer }: Props) {
  const id = `q-${item.linkId}`;
  const errorId = `${id}-error`;
  const by = answeredBy ? <p className="muted answered-by">Answered by {answeredBy.name}</p> : null;
  const message = error ? <p className="field-error" id={errorId}>{error}</p> : null;
  if (item.type === 'integer') {
    return (
      <div className="field question" data-link-id={item.linkId}>
        <label htmlFor={id}>{item.text}{item.required ? ' (required)' : ''}</label>
        <input
          id={id} type="number" min={0} inputMode="numeric" disabled={disabled} value={typeof value === 'number' ? value : ''}
          aria-invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}
          onChange={(e) => onAnswer(e.target.value === '' ? undefined : Math.max(0, Math.trunc(Number(e.target.value))))}
        />
        {message}{by}
      </div>
    );
  }
  const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const toggle = (code: string, on: boolean) => {
    if (!item.repeats) return onAnswer(code);
    // "None of the above" excludes every other choice, and any other choice excludes it.
    const next = on ? (code === 'none' ? ['none'] : [...chosen.filter((c) => c !== 'none'), code]) : chosen.filter((c) => c !== code);
    onAnswer(next.length ? next : undefined);
  };
  return (
    <fieldset className="question" data-link-id={item.linkId} aria-invalid={Boolean(error)} aria-describedby={error ? errorId : undefined}>
      <legend>{item.text}{item.required ? ' (required)' : ''}</legend>
      {(item.answerOption ?? []).map((option) => {
        const code = optionCode(option);
        return (
          <label key={code} className="choice">
            <input
              type={item.repeats ? 'checkbox' : 'radio'} name={id} value={code} disabled={disabled} checked={chosen.includes(code)}
              onChange={(e) => toggle(code, e.target.checked)}
            />
            {option.valueCoding?.display ?? code}
          </label>
        );
      })}
      {message}{by}
    </fieldset>
  );
}
