import { RECONCILIATION_SIGNERS, type CareTeamRole, type Reconciliation } from '@carehuddle/shared';
import { useDates } from '../format/useDates';

/** The pharmacist's review and the clinician's signature; "Complete and sign" says why it is not yet possible. */
export function SignOffSection({ reconciliation: r, role, onReviewed, onComplete }: {
  reconciliation: Reconciliation;
  role: CareTeamRole;
  onReviewed: () => void;
  onComplete: () => void;
}) {
  const dates = useDates();
  const completed = r.status === 'completed';
  const canSign = RECONCILIATION_SIGNERS.includes(role);
  const blocker = r.pendingCount > 0 ? `${r.pendingCount} ${r.pendingCount === 1 ? 'medication is' : 'medications are'} still pending a decision.` : null;
  return (
    <section className="card sign-off" aria-labelledby="sign-off-title">
      <h2 id="sign-off-title">Review and signature</h2>
      <p>
        Pharmacist review: {r.pharmacistReview ? <strong>done by {r.pharmacistReview.by.name}, {dates.dateTime(r.pharmacistReview.at)}</strong> : 'not yet done'}
      </p>
      {!completed && role === 'pharmacist' && !r.pharmacistReview && (
        <button type="button" className="button secondary no-print" onClick={onReviewed}>Mark pharmacist review done</button>
      )}
      {completed && r.signed ? (
        <p className="signature">Completed and signed by <strong>{r.signed.by.name}</strong> on {dates.dateTime(r.signed.at)}. This record can no longer change.</p>
      ) : canSign ? (
        <div className="no-print">
          <button type="button" className="button" disabled={blocker !== null} aria-describedby={blocker ? 'sign-blocker' : undefined} onClick={onComplete}>Complete and sign</button>
          {blocker && <p id="sign-blocker" className="muted">{blocker}</p>}
        </div>
      ) : <p className="muted">A physician or nurse completes and signs the reconciliation.</p>}
    </section>
  );
}
