import { CONSENT_METHOD_LABELS, type CareTeamMember, type ConsentVersion } from '@carehuddle/shared';
import { describeSharing } from './consentSummary';
import { useDates } from '../format/useDates';

/** Every recorded version, newest first, collapsed by default: consent is never overwritten, so the trail can be long. */
export function ConsentHistoryList({ history, team }: { history: readonly ConsentVersion[]; team: readonly CareTeamMember[] }) {
  const dates = useDates();
  if (history.length === 0) return null;
  return (
    <details className="consent-history">
      <summary>Consent history ({history.length} {history.length === 1 ? 'version' : 'versions'})</summary>
      <ol className="consent-versions" reversed>
        {history.map((v) => (
          <li key={v.version}>
            <p className="consent-version-head">
              <strong>Version {v.version}</strong> · given {dates.day(v.givenOn)} · {CONSENT_METHOD_LABELS[v.method]}
            </p>
            <p className="muted">Recorded by {v.recordedBy.name} on {dates.dateTime(v.recordedAt)}</p>
            <ul className="consent-summary">
              {describeSharing(v.preferences, team).map((line) => <li key={line.label}><span className="muted">{line.label}:</span> {line.value}</li>)}
            </ul>
            {v.note && <p className="consent-note">Note: {v.note}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}
