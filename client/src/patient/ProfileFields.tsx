import type { ApiRequestError } from '../api/http';
import { FieldMessage, fieldErrorProps } from '../components/FieldMessage';
import type { ProfileFormState } from './profileForm';

type Setter = <K extends keyof ProfileFormState>(key: K, value: ProfileFormState[K]) => void;

function TextField({ id, label, field, value, onChange, error, hint, type = 'text', autoComplete }: {
  id: string; label: string; field: string; value: string; onChange: (v: string) => void; error: ApiRequestError | null;
  hint?: string; type?: string; autoComplete?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      <input id={id} type={type} value={value} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} {...fieldErrorProps(error, field, id, hintId)} />
      <FieldMessage error={error} field={field} inputId={id} />
    </div>
  );
}

/** The profile inputs shared by enrollment and "Edit details"; `prefix` keeps ids unique on the page. */
export function ProfileFields({ prefix, form, set, error }: { prefix: string; form: ProfileFormState; set: Setter; error: ApiRequestError | null }) {
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <fieldset className="form-grid">
        <legend>Language and contact</legend>
        <TextField id={id('language')} label="Preferred language" field="preferredLanguage" hint="A language code, such as en or es." value={form.preferredLanguage} onChange={(v) => set('preferredLanguage', v)} error={error} />
        <div className="field">
          <label htmlFor={id('interpreter')}>Interpreter needed</label>
          <select id={id('interpreter')} value={form.interpreterNeeded} onChange={(e) => set('interpreterNeeded', e.target.value as ProfileFormState['interpreterNeeded'])} {...fieldErrorProps(error, 'interpreterNeeded', id('interpreter'))}>
            <option value="">Not recorded</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
          <FieldMessage error={error} field="interpreterNeeded" inputId={id('interpreter')} />
        </div>
        <TextField id={id('phone')} label="Phone" field="phone" type="tel" autoComplete="off" value={form.phone} onChange={(v) => set('phone', v)} error={error} />
        <TextField id={id('contact-time')} label="Preferred contact time" field="preferredContactTime" hint="For example: weekday mornings." value={form.preferredContactTime} onChange={(v) => set('preferredContactTime', v)} error={error} />
      </fieldset>
      <fieldset className="form-grid">
        <legend>Address</legend>
        <TextField id={id('line')} label="Street address" field="address.line" autoComplete="off" value={form.line} onChange={(v) => set('line', v)} error={error} />
        <TextField id={id('city')} label="City" field="address.city" autoComplete="off" value={form.city} onChange={(v) => set('city', v)} error={error} />
        <TextField id={id('state')} label="State" field="address.state" autoComplete="off" value={form.state} onChange={(v) => set('state', v)} error={error} />
        <TextField id={id('postal')} label="Postal code" field="address.postalCode" autoComplete="off" value={form.postalCode} onChange={(v) => set('postalCode', v)} error={error} />
      </fieldset>
      <fieldset className="form-grid">
        <legend>Coverage and allergies</legend>
        <TextField id={id('plan')} label="Health plan" field="healthPlanName" value={form.healthPlanName} onChange={(v) => set('healthPlanName', v)} error={error} />
        <div className="field">
          <label htmlFor={id('allergies')}>Allergies</label>
          <p className="hint" id={id('allergies-hint')}>One per line.</p>
          <textarea id={id('allergies')} rows={3} value={form.allergies} onChange={(e) => set('allergies', e.target.value)} {...fieldErrorProps(error, 'allergies', id('allergies'), id('allergies-hint'))} />
          <FieldMessage error={error} field="allergies" inputId={id('allergies')} />
          {error?.fields.filter((f) => /^(body\.)?allergies\.\d+$/.test(f.path)).slice(0, 1).map((f) => <p key={f.path} className="field-error">{f.message}</p>)}
          <label className="checkbox">
            <input type="checkbox" checked={form.noKnownAllergies} disabled={form.allergies.trim() !== ''} onChange={(e) => set('noKnownAllergies', e.target.checked)} />
            No known allergies
          </label>
        </div>
      </fieldset>
    </>
  );
}
