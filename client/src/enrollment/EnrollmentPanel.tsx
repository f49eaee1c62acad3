import {
  DISENROLLMENT_REASON_LABELS, DISENROLLMENT_REASONS, ENROLLMENT_PROGRAM_LABELS, ENROLLMENT_PROGRAMS, type DisenrollmentReason, type Enrollment, type EnrollmentChangeInput, type EnrollmentProgram,
} from '@carehuddle/shared';
import { useState } from 'react';
import { caseloadEndpoints } from '../api/caseloadEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { useDates } from '../format/useDates';

/** Disenroll (reason, last day) a member who is enrolled, or re-enroll (program, first day) one who is not. */
function EnrollmentForm({ enrollment, onChanged }: { enrollment: Enrollment; onChanged: (e: Enrollment) => void }) {
  const [choice, setChoice] = useState('');
  // The organization's calendar day, as the server reckons it (the browser's own day is UTC's on some machines).
  const dates = useDates();
  const [on, setOn] = useState(() => dates.today());
  const { busy, error, submit } = useFormSubmit('The enrollment could not be changed. Try again.');
  const disenrolling = enrollment.enrolled;
  // A choice not made yet ('') goes to the server, which answers with the field's sentence.
  const input = (): EnrollmentChangeInput => (disenrolling
    ? { action: 'disenroll', on, reason: choice as DisenrollmentReason }
    : { action: 'enroll', on, program: choice as EnrollmentProgram });
  const choiceField = disenrolling ? 'reason' : 'program';
  return (
    <form className="inline-form" aria-label={disenrolling ? 'Disenroll' : 'Re-enroll'}
      onSubmit={(e) => void submit(e, async () => { onChanged(await caseloadEndpoints.changeEnrollment(enrollment.patientId, input())); setChoice(''); })}>
      <div className="field">
        <label htmlFor="enrollment-choice">{disenrolling ? 'Reason' : 'Program'}</label>
        <select id="enrollment-choice" value={choice} onChange={(e) => setChoice(e.target.value)} {...fieldErrorProps(error, choiceField, 'enrollment-choice')}>
          <option value="">Choose…</option>
          {disenrolling
            ? DISENROLLMENT_REASONS.map((r) => <option key={r} value={r}>{DISENROLLMENT_REASON_LABELS[r]}</option>)
            : ENROLLMENT_PROGRAMS.map((p) => <option key={p} value={p}>{ENROLLMENT_PROGRAM_LABELS[p]}</option>)}
        </select>
        <FieldMessage error={error} field={choiceField} inputId="enrollment-choice" />
      </div>
      <div className="field">
        <label htmlFor="enrollment-on">{disenrolling ? 'Last day' : 'First day'}</label>
        <input id="enrollment-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} {...fieldErrorProps(error, 'on', 'enrollment-on')} />
        <FieldMessage error={error} field="on" inputId="enrollment-on" />
      </div>
      <button type="submit" className="button secondary" disabled={busy}>{disenrolling ? 'Disenroll' : 'Re-enroll'}</button>
      <FormError error={error} />
    </form>
  );
}

/** A member's enrollment episodes on their page; their coordinator (or a supervisor) disenrolls and re-enrolls. */
export function EnrollmentPanel({ patientId }: { patientId: string }) {
  const loaded = useServerQuery(['enrollment', patientId], () => caseloadEndpoints.enrollment(patientId));
  const [changed, setChanged] = useState<Enrollment | null>(null);
  const enrollment = changed?.patientId === patientId ? changed : loaded.data;
  const dates = useDates();
  return (
    <section className="card" aria-labelledby="enrollment-title">
      <h2 id="enrollment-title">Enrollment</h2>
      <ErrorMessage error={loaded.error} />
      {enrollment && (
        <>
          <p role="status">{enrollment.enrolled ? 'Enrolled now.' : 'Not enrolled now: this member has left worklists and caseloads; the record stays readable to the team.'}</p>
          <ol className="episode-list">
            {enrollment.episodes.map((e) => (
              <li key={e.id}>
                {ENROLLMENT_PROGRAM_LABELS[e.program]}: from {dates.day(e.startedOn)}
                {e.endedOn ? ` to ${dates.day(e.endedOn)} (${e.endReason ? DISENROLLMENT_REASON_LABELS[e.endReason] : 'ended'})` : ', running'}
              </li>
            ))}
          </ol>
          {enrollment.retainedUntil && (
            <p className="hint">
              The records are kept until {dates.day(enrollment.retainedUntil)}: {enrollment.retentionYears} years after the last episode ended,
              as the organization's retention setting requires. Nothing is deleted before then.
            </p>
          )}
          {enrollment.canChange && <EnrollmentForm key={String(enrollment.enrolled)} enrollment={enrollment} onChanged={setChanged} />}
        </>
      )}
    </section>
  );
}
