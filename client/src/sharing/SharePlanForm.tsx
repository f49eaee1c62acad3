import { PLAN_PART_LABELS, providerRecipientId, type ConsentVersion, type PatientDetail } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';
import { providerLabel } from '../consent/consentSummary';

/** Hands a file to the browser as a download (the provider's copy, to fax or send securely). */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or the download could find the URL gone.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The coordinator picks a provider the consent names (and optionally a signed version) and gets the PDF. */
export function SharePlanForm({ patient, consent, onSent }: { patient: PatientDetail; consent: ConsentVersion | null; onSent: (message: string) => void }) {
  const providers = consent?.preferences.providers ?? [];
  const versions = useServerQuery(['versions', patient.id], () => endpoints.versions(patient.id));
  const [recipientId, setRecipientId] = useState('');
  const [versionId, setVersionId] = useState('');
  const { busy, error, submit } = useFormSubmit('The plan was not shared. Please try again.');
  const chosen = providers.find((p) => providerRecipientId(p) === recipientId) ?? null;

  const share = (event: FormEvent) => submit(event, async () => {
    const { blob, fileName } = await endpoints.sharePlan(patient.id, { recipientId, format: 'pdf', ...(versionId ? { versionId } : {}) });
    download(blob, fileName);
    onSent(`Shared with ${chosen ? providerLabel(chosen, patient.careTeam, patient.pcp?.userId) : 'the provider'}: ${fileName} is downloading. The share is recorded below.`);
  });

  return (
    <form onSubmit={(e) => void share(e)} aria-labelledby="share-form-title">
      <h3 id="share-form-title">Share the plan with a provider</h3>
      {providers.length === 0 && (
        <p className="empty">The patient's consent names no provider yet. Add one under "Providers who may be sent a copy of the plan" and record the consent.</p>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor="share-recipient">Provider</label>
          <select id="share-recipient" required value={recipientId} onChange={(e) => setRecipientId(e.target.value)} {...fieldErrorProps(error, 'recipientId', 'share-recipient', 'share-recipient-parts')}>
            <option value="">Choose a provider…</option>
            {providers.map((p) => <option key={providerRecipientId(p)} value={providerRecipientId(p)}>{providerLabel(p, patient.careTeam, patient.pcp?.userId)}</option>)}
          </select>
          <p className="hint" id="share-recipient-parts">
            {chosen ? `The PDF will hold what the consent covers: ${chosen.parts.map((a) => PLAN_PART_LABELS[a]).join(', ')}.` : 'The PDF holds only the parts the consent covers for that provider.'}
          </p>
          <FieldMessage error={error} field="recipientId" inputId="share-recipient" />
        </div>
        <div className="field">
          <label htmlFor="share-version">Which plan</label>
          <select id="share-version" value={versionId} onChange={(e) => setVersionId(e.target.value)} {...fieldErrorProps(error, 'versionId', 'share-version')}>
            <option value="">The plan as it is now</option>
            {(versions.data?.versions ?? []).map((v) => <option key={v.id} value={v.id}>Signed version “{v.title}”, {v.signedAt.slice(0, 10)}</option>)}
          </select>
          <FieldMessage error={error} field="versionId" inputId="share-version" />
        </div>
      </div>
      <FormError error={error} />
      <button type="submit" className="button" disabled={busy || providers.length === 0}>{busy ? 'Preparing the PDF…' : 'Share as PDF'}</button>
    </form>
  );
}
