import { CONSENT_METHOD_LABELS, NO_SHARING, type CreatedInvitation, type PatientDetail } from '@carehuddle/shared';
import { useState } from 'react';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { ConsentForm } from './ConsentForm';
import { ConsentHistoryList } from './ConsentHistoryList';
import { describeSharing } from './consentSummary';
import { InvitationLink } from './InvitationLink';
import { InvitationList } from './InvitationList';
import { InviteCaregiverForm } from './InviteCaregiverForm';
import { InviteMemberForm } from './InviteMemberForm';
import { PlanShareSection } from '../sharing/PlanShareSection';
import { useDates } from '../format/useDates';
import { useTeamRoomSignal } from '../live/useTeamRoomSignal';

/**
 * "Sharing and consent" on the patient's page: what the patient lets whom see,
 * its history, and family invitations. The coordinator records consent on the
 * patient's behalf; the rest of the team reads it.
 */
export function SharingConsentSection({ patient, onChanged }: { patient: PatientDetail; onChanged: () => void }) {
  const isCoordinator = patient.myRole === 'care_coordinator';
  const dates = useDates();
  const consent = useServerQuery(['consent', patient.id], () => endpoints.consent(patient.id));
  // A version the member records on their portal shows here at once, without a reload.
  useTeamRoomSignal(patient.id, 'consent:changed', consent.reload);
  const invitations = useServerQuery(['invitations', patient.id, isCoordinator], () => (isCoordinator ? endpoints.invitations(patient.id) : Promise.resolve(null)));
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [recorded, setRecorded] = useState<number | null>(null);
  // Consent reads as a summary; the coordinator opens the form to change it.
  const [editing, setEditing] = useState(false);
  const current = consent.data?.current ?? null;

  return (
    <>
      <section className="card" aria-labelledby="consent-title">
        <h2 id="consent-title">Sharing and consent</h2>
        <ErrorMessage error={consent.error} />
        {consent.data && (
          <>
            <p className="muted">
              {current
                ? `In force: version ${current.version}, given ${dates.day(current.givenOn)} · ${CONSENT_METHOD_LABELS[current.method]}, recorded by ${current.recordedBy.name}.`
                : 'No consent recorded yet: nothing is shared beyond the people who hold the records.'}
            </p>
            <dl className="consent-current">
              {describeSharing(current?.preferences ?? NO_SHARING, patient.careTeam).map((line) => (
                <div key={line.label}><dt>{line.label}</dt><dd>{line.value}</dd></div>
              ))}
            </dl>
            <p role="status" className={recorded ? 'notice' : undefined}>{recorded && `Consent recorded as version ${recorded}. Earlier versions are kept.`}</p>
            {isCoordinator && !editing && (
              <button type="button" className="button secondary" aria-expanded={false} onClick={() => { setEditing(true); setRecorded(null); }}>Edit consent</button>
            )}
            {isCoordinator && editing && (
              <>
                {/* A new key after each version or team change restarts the form from what is now in force. */}
                <ConsentForm key={`${current?.version ?? 0}:${patient.careTeam.map((m) => m.userId).join()}`} patientId={patient.id} team={patient.careTeam} pcpUserId={patient.pcp?.userId ?? null}
                  current={current?.preferences ?? NO_SHARING} onRecorded={(v) => { setRecorded(v.version); setEditing(false); consent.reload(); onChanged(); }} />
                <button type="button" className="button secondary" aria-expanded onClick={() => setEditing(false)}>Cancel editing consent</button>
              </>
            )}
            <ConsentHistoryList history={consent.data.history} team={patient.careTeam} />
          </>
        )}
        {isCoordinator && (
          <>
            <InviteCaregiverForm patientId={patient.id} onInvited={(c) => { setCreated(c); invitations.reload(); consent.reload(); }} />
            {!patient.careTeam.some((m) => m.role === 'patient') && (
              <InviteMemberForm patientId={patient.id} onInvited={(c) => { setCreated(c); invitations.reload(); }} />
            )}
            {created && <InvitationLink key={created.invitation.id} created={created} />}
            <ErrorMessage error={invitations.error} />
            {invitations.data && <InvitationList patientId={patient.id} invitations={invitations.data.invitations} onChanged={invitations.reload} />}
          </>
        )}
      </section>
      {consent.data && <PlanShareSection patient={patient} consent={current} />}
    </>
  );
}
