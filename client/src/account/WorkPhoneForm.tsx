import { useEffect, useState } from 'react';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

/**
 * A staff member's work phone: on their own account page and, for admins, on
 * each staff account. Emptying the field clears it. The server checks the
 * number and answers with a sentence shown beside the field.
 */
export function WorkPhoneForm({ inputId, label, current, save }: {
  inputId: string;
  label: string;
  current: string | null;
  /** Stores the number (null clears it). */
  save: (workPhone: string | null) => Promise<unknown>;
}) {
  const [value, setValue] = useState(current ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useFormSubmit('Could not save the work phone. Please try again.');
  useEffect(() => setValue(current ?? ''), [current]);
  return (
    <form className="inline-form work-phone-form" onSubmit={(e) => void submit(e, async () => {
      setSaved(false);
      await save(value.trim() === '' ? null : value);
      setSaved(true);
    })}>
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input id={inputId} type="tel" autoComplete="off" value={value} maxLength={40}
          onChange={(e) => { setValue(e.target.value); setSaved(false); }} {...fieldErrorProps(error, 'workPhone', inputId)} />
        <FieldMessage error={error} field="workPhone" inputId={inputId} />
      </div>
      <button type="submit" className="button small" disabled={busy}>Save<span className="visually-hidden"> {label}</span></button>
      {error && error.fields.length === 0 && <FormError error={error} />}
      <p role="status" className="visually-hidden">{saved ? `${label} saved.` : ''}</p>
    </form>
  );
}
