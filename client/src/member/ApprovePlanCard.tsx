import type { PlanVersionSummary } from '@carehuddle/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';

/** The approval refusals a member can meet on a page left open, in their language; any other failure is described as usual. */
function approvalRefusal(error: unknown): 'approveErrors.notSigned' | 'approveErrors.superseded' | null {
  if (!(error instanceof ApiRequestError)) return null;
  return error.status === 404 ? 'approveErrors.notSigned' : error.status === 409 ? 'approveErrors.superseded' : null;
}

/**
 * The member agrees with the newest signed plan (payer programs ask for it).
 * The server decides what may be approved: only the newest signed version, and
 * once; this card only offers it.
 */
export function ApprovePlanCard({ patientId, me }: { patientId: string; me: string }) {
  const { t } = useTranslation('member');
  const dates = useDates();
  const { data, error, reload } = useServerQuery(['versions', patientId], () => endpoints.versions(patientId));
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const newest: PlanVersionSummary | undefined = data?.versions[0];
  const refusal = approvalRefusal(actionError);
  const mine = newest?.approvals.find((a) => a.approvedBy.userId === me);

  const approve = async (versionId: string) => {
    setBusy(true);
    try {
      await endpoints.approveVersion(patientId, versionId);
      setActionError(null);
      reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card member-approval" aria-labelledby="member-approval-title">
      <h2 id="member-approval-title">{t('approveHeading')}</h2>
      <ErrorMessage error={error} />
      {refusal ? <p className="alert" role="alert">{t(refusal)}</p> : <ErrorMessage error={actionError} />}
      {data && !newest && <p>{t('noSignedPlan')}</p>}
      {newest && <p>{t('approveIntro', { title: newest.title, signer: newest.signedBy.name, on: dates.date(newest.signedAt) })}</p>}
      <p role="status" className={mine ? 'notice' : undefined}>{mine && t('approvedOn', { on: dates.date(mine.approvedAt) })}</p>
      {newest && !mine && (
        <button type="button" className="button" disabled={busy} onClick={() => void approve(newest.id)}>{busy ? t('approving') : t('approveButton')}</button>
      )}
    </section>
  );
}
