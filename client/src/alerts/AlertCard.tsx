import { CARE_SETTING_LABELS, REVIEW_REASON_LABELS, type InboundAlert, type PatientSummary } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { alertEndpoints } from '../api/alertEndpoints';
import { ApiRequestError } from '../api/http';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import type { DateFormat } from '../format/dates';
import { useDates } from '../format/useDates';

const EVENTS = { admit: 'Admission', discharge: 'Discharge', ed_registration: 'Emergency department visit' } as const;
const DISMISS_REASONS = [['duplicate', 'A duplicate'], ['not_our_member', 'Not one of our members'], ['test_message', 'A test message'], ['handled_elsewhere', 'Handled another way']] as const;

/** What the alert says about the person, in words. */
function describe(alert: InboundAlert, dates: DateFormat): string {
  const s = alert.summary;
  if (!s) return 'The message could not be read.';
  const who = [s.givenName, s.familyName].filter(Boolean).join(' ') || 'Unnamed person';
  const born = s.birthDate ? `, born ${dates.day(s.birthDate)}` : '';
  const number = s.memberNumber ? `, member number ${s.memberNumber}` : '';
  const on = (day: string | null | undefined) => (day ? dates.day(day) : 'on a day the message does not give');
  const when = s.event === 'discharge' ? `discharged ${on(s.dischargedOn)}` : `admitted ${on(s.admittedOn)}`;
  return `${who}${born}${number}: ${CARE_SETTING_LABELS[s.setting].toLowerCase()}, ${s.facility}, ${when}.`;
}

/** One waiting alert: its reason, what it says, and the coordinator's two ways to settle it. */
export function AlertCard({ alert, patients, onSettled }: { alert: InboundAlert; patients: readonly PatientSummary[]; onSettled: () => void }) {
  const dates = useDates();
  const [patientId, setPatientId] = useState(alert.patientId ?? '');
  const [reason, setReason] = useState<(typeof DISMISS_REASONS)[number][0] | ''>('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const id = (name: string) => `alert-${alert.id}-${name}`;
  const run = (action: () => Promise<unknown>) => (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    action().then(onSettled, (err: unknown) => setError(err instanceof ApiRequestError ? err : new ApiRequestError(0, 'network', 'Something went wrong. Please try again.')));
  };
  const match = () => (patientId ? alertEndpoints.match(alert.id, patientId) : Promise.reject(new ApiRequestError(400, 'validation_failed', 'Choose a member.', [{ path: 'body.patientId', message: 'Choose the member this alert is about.' }])));
  return (
    <article className="card" aria-labelledby={id('title')}>
      <h2 id={id('title')}>{alert.summary ? EVENTS[alert.summary.event] : 'Unreadable message'} — {alert.reason ? REVIEW_REASON_LABELS[alert.reason] : 'Waiting'}</h2>
      <p>{describe(alert, dates)}</p>
      <p className="muted">Received {dates.dateTime(alert.receivedAt)} over {alert.channel === 'hl7v2' ? 'HL7 v2' : 'FHIR'}{alert.patientName ? `; about ${alert.patientName}` : ''}.</p>
      <details><summary>Message as received</summary><pre className="raw-message">{alert.raw.replaceAll('\r', '\n')}</pre></details>
      <FormError error={error} />
      {alert.summary && (
        <form className="inline-form" onSubmit={run(match)}>
          <div className="field">
            <label htmlFor={id('patient')}>Member</label>
            <select id={id('patient')} value={patientId} onChange={(e) => setPatientId(e.target.value)} {...fieldErrorProps(error, 'patientId', id('patient'))}>
              <option value="">Choose a member</option>
              {patients.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <FieldMessage error={error} field="patientId" inputId={id('patient')} />
          </div>
          <button type="submit" className="button">Match and apply</button>
        </form>
      )}
      <form className="inline-form" onSubmit={run(() => alertEndpoints.dismiss(alert.id, reason))}>
        <div className="field">
          <label htmlFor={id('reason')}>Set aside as</label>
          <select id={id('reason')} value={reason} onChange={(e) => setReason(e.target.value as typeof reason)} {...fieldErrorProps(error, 'reason', id('reason'))}>
            <option value="">Choose a reason</option>
            {DISMISS_REASONS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
          <FieldMessage error={error} field="reason" inputId={id('reason')} />
        </div>
        <button type="submit" className="button secondary">Dismiss</button>
      </form>
    </article>
  );
}
