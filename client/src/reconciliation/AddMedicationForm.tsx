import { MEDICATION_SOURCES } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { useFormSubmit } from '../components/useFormSubmit';
import type { AddMedicationBody } from '../api/reconciliationEndpoints';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { SOURCE_LABELS } from './labels';

const TEXT_FIELDS = [
  ['name', 'Medication', 'e.g. Aspirin'], ['dose', 'Dose', 'e.g. 81 mg'], ['route', 'Route', 'e.g. oral'], ['frequency', 'Frequency', 'e.g. daily'],
  ['prescriber', 'Prescriber', ''], ['indication', 'Indication', ''],
] as const;

const empty = (): AddMedicationBody => ({ name: '', dose: '', route: '', frequency: '', prescriber: '', indication: '', source: '', discrepancy: null });

/** Deciders add a medication the list is missing (found in the discharge summary, a pharmacy fill…); it is decided new and joins the plan. */
export function AddMedicationForm({ onAdd }: { onAdd: (input: AddMedicationBody) => Promise<void> }) {
  const [fields, setFields] = useState(empty);
  const { busy, error, submit } = useFormSubmit('The medication was not added. Please try again.');
  const add = (event: FormEvent) => submit(event, async () => {
    await onAdd(fields);
    setFields(empty());
  });
  return (
    <section className="card no-print" aria-labelledby="add-medication-title">
      <h2 id="add-medication-title">Add a medication not on the list</h2>
      <form className="add-medication" onSubmit={(e) => void add(e)} aria-label="Add a medication" noValidate>
        <div className="form-row">
          {TEXT_FIELDS.map(([key, label, placeholder]) => (
            <div className="field" key={key}>
              <label htmlFor={`add-medication-${key}`}>{label}</label>
              <input id={`add-medication-${key}`} value={fields[key]} maxLength={120} placeholder={placeholder || undefined}
                onChange={(e) => setFields({ ...fields, [key]: e.target.value })} {...fieldErrorProps(error, key, `add-medication-${key}`)} />
              <FieldMessage error={error} field={key} inputId={`add-medication-${key}`} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="add-medication-source">Source</label>
            <select id="add-medication-source" value={fields.source} onChange={(e) => setFields({ ...fields, source: e.target.value as AddMedicationBody['source'] })}
              {...fieldErrorProps(error, 'source', 'add-medication-source')}>
              <option value="">Choose…</option>
              {MEDICATION_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
            </select>
            <FieldMessage error={error} field="source" inputId="add-medication-source" />
          </div>
        </div>
        <FormError error={error} />
        <button type="submit" className="button" disabled={busy}>{busy ? 'Adding…' : 'Add medication'}</button>
      </form>
    </section>
  );
}
