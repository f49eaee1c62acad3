import { useState } from 'react';
import { useNavigate } from 'react-router';
import { endpoints } from '../api/endpoints';
import { FieldMessage, FormError, fieldErrorProps } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { ProfileFields } from './ProfileFields';
import { EMPTY_PROFILE_FORM, profileInputOf, type ProfileFormState } from './profileForm';
import { useDates } from '../format/useDates';

const BASICS = [
  { key: 'name', label: 'Full name', type: 'text' },
  { key: 'dateOfBirth', label: 'Date of birth', type: 'date' },
  { key: 'memberNumber', label: 'Member number', type: 'text' },
  { key: 'enrollmentDate', label: 'Enrollment date', type: 'date' },
] as const;
type Basics = Record<(typeof BASICS)[number]['key'], string>;

/** Enrolls a member; the enrolling staff member becomes their lead care coordinator. */
export function EnrollPatientForm() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const dates = useDates();
  const [basics, setBasics] = useState<Basics>({ name: '', dateOfBirth: '', memberNumber: '', enrollmentDate: dates.today() });
  const [form, setForm] = useState<ProfileFormState>(EMPTY_PROFILE_FORM);
  const { busy, error, submit } = useFormSubmit('The member could not be enrolled. Try again.');
  const set = <K extends keyof ProfileFormState>(key: K, value: ProfileFormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  if (!open) return <button type="button" className="button" onClick={() => setOpen(true)} aria-expanded="false">Enroll a member</button>;
  return (
    <form className="card details-form" aria-labelledby="enroll-title" onSubmit={(e) => void submit(e, async () => {
      const created = await endpoints.enroll({ ...basics, ...profileInputOf(form, undefined) });
      void navigate(`/patients/${created.id}`);
    })}>
      <h2 id="enroll-title">Enroll a member</h2>
      <div className="form-grid">
        {BASICS.map((b) => (
          <div className="field" key={b.key}>
            <label htmlFor={`enroll-${b.key}`}>{b.label}</label>
            <input id={`enroll-${b.key}`} type={b.type} required value={basics[b.key]} onChange={(e) => setBasics((v) => ({ ...v, [b.key]: e.target.value }))} {...fieldErrorProps(error, b.key, `enroll-${b.key}`)} />
            <FieldMessage error={error} field={b.key} inputId={`enroll-${b.key}`} />
          </div>
        ))}
      </div>
      <ProfileFields prefix="enroll" form={form} set={set} error={error} />
      <p className="hint">The primary care physician is designated in “Edit details” once a physician is on the care team.</p>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>Enroll</button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
