import { screeningItem, type Screening } from '@carehuddle/shared';
import { useState } from 'react';
import { ApiRequestError } from '../api/http';
import { screeningEndpoints } from '../api/screeningEndpoints';
import { ErrorMessage } from '../components/ErrorMessage';
import { RiskBadge } from '../components/RiskBadge';
import { SetRiskForm } from './SetRiskForm';

const displayOf = (linkId: string, value: Screening['answers'][number]['value']): string => {
  if (typeof value === 'number') return String(value);
  const options = screeningItem(linkId)?.answerOption ?? [];
  return (Array.isArray(value) ? value : [value]).map((code) => options.find((o) => o.valueCoding?.code === code)?.valueCoding?.display ?? code).join('; ');
};

/** A completed screening: scores, flags, the proposed risk level with its reasons, the proposed needs and who answered what. */
export function ScreeningResult({ screening, isCoordinator, onChanged, onAmend }: { screening: Screening; isCoordinator: boolean; onChanged: () => void; onAmend: () => void }) {
  const [error, setError] = useState<ApiRequestError | null>(null);
  const outcome = screening.outcome;
  if (!outcome) return null;
  const decide = async (flagCode: Screening['proposedNeeds'][number]['flagCode'], decision: 'accept' | 'dismiss') => {
    try {
      await screeningEndpoints.decideNeed(screening.patientId, screening.id, flagCode, { decision });
      setError(null);
      onChanged();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : null);
    }
  };
  return (
    <>
      <section className="card" aria-labelledby="result-title">
        <h2 id="result-title">Result</h2>
        <p className="proposed-risk">Proposed risk level: <RiskBadge level={outcome.riskLevel} /></p>
        <p data-testid="risk-summary">{outcome.summary}</p>
        <p className="muted">Completed by {screening.completedBy?.name} on {screening.completedAt?.slice(0, 10)}{screening.amendsId ? ' (an amendment of an earlier screening)' : ''}</p>
        <table aria-label="Scores">
          <thead><tr><th scope="col">Score</th><th scope="col">Value</th><th scope="col">Meaning</th></tr></thead>
          <tbody>{outcome.scores.map((s) => <tr key={s.name}><td>{s.name}</td><td>{s.score} of {s.max}</td><td>{s.interpretation}</td></tr>)}</tbody>
        </table>
        <h3>Flags</h3>
        {outcome.flags.length === 0 ? <p>No risk flags.</p> : <ul>{outcome.flags.map((f) => <li key={f.code + f.reason}><strong>{f.label}</strong>: {f.reason} ({f.weight})</li>)}</ul>}
        {isCoordinator && <SetRiskForm patientId={screening.patientId} screeningId={screening.id} proposed={outcome.riskLevel} proposedReason={`Health screening: ${outcome.summary}`} onSet={onChanged} />}
        {!screening.amendedById && <button type="button" className="secondary" onClick={onAmend}>Amend this screening</button>}
        {screening.amendedById && <p className="muted">This screening was corrected by a later amendment.</p>}
      </section>
      <section className="card" aria-labelledby="needs-title">
        <h2 id="needs-title">Proposed needs</h2>
        {error && <ErrorMessage error={error} />}
        {screening.proposedNeeds.length === 0 ? <p>No needs proposed.</p> : (
          <ul className="proposed-needs">
            {screening.proposedNeeds.map((n) => (
              <li key={n.flagCode} data-flag={n.flagCode}>
                <strong>{n.title}</strong> — {n.reason} <span className="muted">({n.domain.replace(/_/g, ' ')})</span>{' '}
                {n.status === 'proposed' && isCoordinator ? (
                  <>
                    <button type="button" onClick={() => void decide(n.flagCode, 'accept')} aria-label={`Accept need: ${n.title}`}>Accept</button>{' '}
                    <button type="button" className="secondary" onClick={() => void decide(n.flagCode, 'dismiss')} aria-label={`Dismiss need: ${n.title}`}>Dismiss</button>
                  </>
                ) : <span className="need-status">{n.status === 'proposed' ? 'Proposed' : `${n.status === 'accepted' ? 'Accepted' : 'Dismissed'} by ${n.decidedBy?.name ?? ''}`}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title">Answers</h2>
        <table aria-label="Answers and who gave them">
          <thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Answered by</th></tr></thead>
          <tbody>
            {screening.answers.map((a) => (
              <tr key={a.linkId}><td>{screeningItem(a.linkId)?.text ?? a.linkId}</td><td>{displayOf(a.linkId, a.value)}</td><td>{a.by.name}, {a.at.slice(0, 16).replace('T', ' ')}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
