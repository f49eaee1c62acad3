import type { PatientDetail } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { FieldMessage, FormError, fieldErrorProps } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { ProfileFields } from './ProfileFields';
import { profileFormOf, profileInputOf, type ProfileFormState } from './profileForm';

/** The coordinator's "Edit details": name, contact, coverage, allergies and the PCP (a physician on the team). */
export function EditDetailsForm({ patient, onSaved }: { patient: PatientDetail; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(patient.name);
  const [pcpUserId, setPcpUserId] = useState(patient.pcp?.userId ?? '');
  const [form, setForm] = useState<ProfileFormState>(() => profileFormOf(patient));
  const { busy, error, submit } = useFormSubmit('The details could not be saved. Try again.');
  const physicians = patient.careTeam.filter((m) => m.role === 'physician');
  const set = <K extends keyof ProfileFormState>(key: K, value: ProfileFormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  if (!open) {
    return <button type="button" className="button secondary" onClick={() => setOpen(true)} aria-expanded="false" aria-controls="edit-details">Edit details</button>;
  }
  return (
    <form id="edit-details" className="card details-form" aria-labelledby="edit-details-title" onSubmit={(e) => void submit(e, async () => {
      await endpoints.updateDetails(patient.id, { name, pcpUserId: pcpUserId || null, ...profileInputOf(form, null) });
      setOpen(false);
      onSaved();
    })}>
      <h2 id="edit-details-title">Edit details</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="edit-name">Full name</label>
          <input id="edit-name" value={name} onChange={(e) => setName(e.target.value)} {...fieldErrorProps(error, 'name', 'edit-name')} />
          <FieldMessage error={error} field="name" inputId="edit-name" />
        </div>
        <div className="field">
          <label htmlFor="edit-pcp">Primary care physician</label>
          <select id="edit-pcp" value={pcpUserId} onChange={(e) => setPcpUserId(e.target.value)} {...fieldErrorProps(error, 'pcpUserId', 'edit-pcp')}>
            <option value="">Not designated</option>
            {physicians.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
          </select>
          {physicians.length === 0 && <p className="hint">Add a physician to the care team to designate them.</p>}
          <FieldMessage error={error} field="pcpUserId" inputId="edit-pcp" />
        </div>
      </div>
      <ProfileFields prefix="edit" form={form} set={set} error={error} />
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>Save details</button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
