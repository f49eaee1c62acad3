import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useFormSubmit } from '../components/useFormSubmit';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';

/** Lets a caregiver the patient allows suggest a goal; the coordinator reviews it before it becomes part of the plan. */
export function SuggestGoalForm({ patientId, firstName }: { patientId: string; firstName: string }) {
  const [title, setTitle] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, submit } = useFormSubmit('Your suggestion was not sent. Please try again.');

  const send = (event: FormEvent) => submit(event, async () => {
    await endpoints.suggestGoal(patientId, title);
    setSent(title.trim());
    setTitle('');
  });

  return (
    <section className="card" aria-labelledby="suggest-goal-title">
      <h2 id="suggest-goal-title">Suggest a goal</h2>
      <p>Is there something {firstName} would like to work on? The care coordinator reads every suggestion and talks it over with {firstName}.</p>
      <form className="stack-form" onSubmit={(e) => void send(e)}>
        <label htmlFor="goal-suggestion">The goal, in your own words</label>
        <input id="goal-suggestion" value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)}
          {...fieldErrorProps(error, 'title', 'goal-suggestion')} />
        <FieldMessage error={error} field="title" inputId="goal-suggestion" />
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy}>{busy ? 'Sending…' : 'Send suggestion'}</button>
      </form>
      <p role="status" className={sent ? 'notice' : undefined}>
        {sent && `Thank you. “${sent}” now shows in the goals as suggested, until the care team reviews it.`}
      </p>
    </section>
  );
}
