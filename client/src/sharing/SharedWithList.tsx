import { PLAN_PART_LABELS, type PlanShare } from '@carehuddle/shared';
import { useDates } from '../format/useDates';

/** Copies of the plan sent to providers, newest first: what, to whom, when, by whom, under which consent version. */
export function SharedWithList({ shares }: { shares: readonly PlanShare[] }) {
  const dates = useDates();
  if (shares.length === 0) return <p className="empty">The plan has not been sent to any provider yet.</p>;
  return (
    <ul className="shared-with" aria-labelledby="shared-with-title">
      {shares.map((s) => (
        <li key={s.id}>
          <p className="consent-version-head">
            <strong>{s.recipient.name}</strong>{s.recipient.organization && `, ${s.recipient.organization}`}
            {' · '}{dates.dateTime(s.sharedAt)}
          </p>
          <p>{s.parts.map((a) => PLAN_PART_LABELS[a]).join(', ')} · {s.format.toUpperCase()}
            {' · '}{s.planVersion ? `version “${s.planVersion.title}” signed ${s.planVersion.signedAt.slice(0, 10)}` : 'the plan as it was then'}</p>
          <p className="muted">Sent by {s.sharedBy.name} under consent version {s.consentVersion}{s.recipient.contact && ` · ${s.recipient.contact}`}</p>
        </li>
      ))}
    </ul>
  );
}
