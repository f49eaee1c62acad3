import { LANGUAGES, LanguageSchema, type Language } from '@carehuddle/shared';
import type { ApiRequestError } from '../api/http';
import { FieldMessage, fieldErrorProps } from '../components/FieldMessage';
import { autonym } from '../i18n/autonym';

/** "Their language" on an invitation form: the e-mail is written in it and their pages start in it; they can switch later. */
export function InviteeLanguageField({ id, value, onChange, error }: { id: string; value: Language; onChange: (language: Language) => void; error: ApiRequestError | null }) {
  return (
    <div className="field">
      <label htmlFor={id}>Their language</label>
      <select id={id} value={value} onChange={(e) => onChange(LanguageSchema.catch('en').parse(e.target.value))} {...fieldErrorProps(error, 'language', id)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{autonym(l)}</option>)}
      </select>
      <FieldMessage error={error} field="language" inputId={id} />
    </div>
  );
}
