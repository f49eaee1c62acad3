import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';

/**
 * Lets a caregiver the patient allows (or the member themself) suggest a goal;
 * the coordinator reviews it before it becomes part of the plan. `intro` speaks
 * to the reader, in their page's catalog (about the patient, or to the member).
 */
export function SuggestGoalForm({ patientId, intro }: { patientId: string; intro: string }) {
  const { t } = useTranslation('review');
  const [title, setTitle] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, submit } = useFormSubmit(t('suggest.failed'));

  const send = (event: FormEvent) => submit(event, async () => {
    await endpoints.suggestGoal(patientId, title);
    setSent(title.trim());
    setTitle('');
  });

  return (
    <section className="card" aria-labelledby="suggest-goal-title">
      <h2 id="suggest-goal-title">{t('suggest.title')}</h2>
      <p>{intro}</p>
      <form className="stack-form" onSubmit={(e) => void send(e)}>
        <label htmlFor="goal-suggestion">{t('suggest.label')}</label>
        <input id="goal-suggestion" value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)}
          {...fieldErrorProps(error, 'title', 'goal-suggestion')} />
        <FieldMessage error={error} field="title" inputId="goal-suggestion" />
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy}>{busy ? t('suggest.sending') : t('suggest.send')}</button>
      </form>
      <p role="status" className={sent ? 'notice' : undefined}>
        {sent && t('suggest.sent', { goal: sent })}
      </p>
    </section>
  );
}
