import type { NewTrackedItem, TrackingCategory } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';

type Kind = NewTrackedItem['kind'];
type Fields = Record<string, string>;
const FORMS: Record<Kind, { label: string; fields: Array<[string, string, 'text' | 'date' | 'select', string[]?]> }> = {
  transition: { label: 'Hospital or emergency discharge', fields: [['setting', 'Setting', 'select', ['hospital', 'emergency']], ['facility', 'Facility', 'text'], ['admittedOn', 'Admitted', 'date'], ['dischargedOn', 'Discharged', 'date']] },
  plan_review: { label: 'Plan review held', fields: [['reviewedOn', 'Reviewed on', 'date']] },
  referral: { label: 'Referral', fields: [['specialty', 'Specialist or service', 'text'], ['inNetwork', 'In network', 'select', ['yes', 'no']], ['priorAuth', 'Prior authorization', 'select', ['not_needed', 'needed', 'requested']]] },
  test_result: { label: 'Test ordered', fields: [['name', 'Test', 'text'], ['orderedOn', 'Ordered on', 'date']] },
  care_gap: { label: 'Care gap', fields: [['description', 'Gap', 'text'], ['dueDate', 'Close by', 'date']] },
  annual_visit: { label: 'Annual visit', fields: [['lastVisitOn', 'Last visit', 'date'], ['scheduledOn', 'Next visit scheduled', 'date']] },
};

/** Whose record an item is part of: it decides who on the team sees it, by the patient's consent. */
const CATEGORIES: Array<[TrackingCategory, string]> = [['clinical', 'Clinical'], ['behavioralHealth', 'Behavioral health (restricted)'], ['substanceUse', 'Substance use (restricted)']];

function toInput(kind: Kind, f: Fields): NewTrackedItem {
  const present = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== ''));
  if (kind === 'referral') return { ...present, kind, inNetwork: f.inNetwork === 'yes' } as NewTrackedItem;
  return { ...present, kind } as NewTrackedItem;
}

/** Records plan reviews, discharges, referrals, tests, gaps and visits; the server's field messages appear beside the fields. */
export function RecordTrackingForm({ patientId, onRecorded }: { patientId: string; onRecorded: () => void }) {
  const [kind, setKind] = useState<Kind>('transition');
  const [fields, setFields] = useState<Fields>({});
  const [error, setError] = useState<ApiRequestError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await endpoints.track(patientId, toInput(kind, fields));
      setFields({});
      setError(null);
      onRecorded();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : null);
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-labelledby="record-title">
      <h3 id="record-title">Record</h3>
      <div className="field">
        <label htmlFor="track-kind">What</label>
        <select id="track-kind" value={kind} onChange={(e) => { setKind(e.target.value as Kind); setFields({}); setError(null); }}>
          {Object.entries(FORMS).map(([k, f]) => <option key={k} value={k}>{f.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="track-category">Part of</label>
        <select id="track-category" value={fields.category ?? 'clinical'} onChange={(e) => setFields({ ...fields, category: e.target.value })}>
          {CATEGORIES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        {error?.fieldMessage('category') && <p className="field-error">{error.fieldMessage('category')}</p>}
      </div>
      {FORMS[kind].fields.map(([name, label, type, options]) => (
        <div className="field" key={name}>
          <label htmlFor={`track-${name}`}>{label}</label>
          {type === 'select'
            ? <select id={`track-${name}`} value={fields[name] ?? ''} onChange={(e) => setFields({ ...fields, [name]: e.target.value })}>
                <option value="">—</option>{options?.map((o) => <option key={o} value={o}>{o.replaceAll('_', ' ')}</option>)}
              </select>
            : <input id={`track-${name}`} type={type} value={fields[name] ?? ''} onChange={(e) => setFields({ ...fields, [name]: e.target.value })} />}
          {error?.fieldMessage(name) && <p className="field-error">{error.fieldMessage(name)}</p>}
        </div>
      ))}
      <button type="submit" className="button">Record</button>
      {error && error.fields.every((f) => !FORMS[kind].fields.some(([n]) => f.path === n || f.path === `body.${n}`)) && <p className="alert" role="alert">{error.fields[0]?.message ?? error.message}</p>}
    </form>
  );
}
