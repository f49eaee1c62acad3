import { PLAN_SECTION_TITLES, type PlanAudience, type PlanSection, type PlanVersionDocument } from '@carehuddle/shared';
import { useState, type FormEvent } from 'react';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDates } from '../format/useDates';
import { useTeamRoomSignal } from '../live/useTeamRoomSignal';

const CHANGE_LABELS = { added: 'Added since', changed: 'Changed since', removed: 'Removed since' } as const;

function itemTitle(value: unknown): string {
  return typeof value === 'object' && value !== null && 'title' in value ? String((value).title) : '(untitled)';
}

/** Signed plan versions: sign off now (coordinator, physician), list, and compare one with the current plan. */
export function VersionsPanel({ patientId, audience, canSign }: { patientId: string; audience: PlanAudience; canSign: boolean }) {
  const dates = useDates();
  const { data, error, reload } = useServerQuery(['versions', patientId], () => endpoints.versions(patientId));
  const [title, setTitle] = useState('');
  const [viewing, setViewing] = useState<PlanVersionDocument | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  // The member's approval arrives live; the signal carries ids only, so the list is fetched again.
  const [approvedLive, setApprovedLive] = useState(false);
  useTeamRoomSignal(patientId, 'plan:approved', (versionId) => {
    if (versionId) setApprovedLive(true);
    reload();
  });

  const sign = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await endpoints.signVersion(patientId, title);
      setTitle('');
      setActionError(null);
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  return (
    <aside className="card versions" aria-labelledby="versions-title">
      <h2 id="versions-title">Plan reviews</h2>
      <ErrorMessage error={error ?? actionError} />
      <p role="status" className="visually-hidden">{approvedLive ? 'The member approved the plan.' : ''}</p>
      {canSign && (
        <form className="inline-form" onSubmit={(e) => void sign(e)}>
          <label htmlFor="version-title">Sign off the plan as</label>
          <input id="version-title" required value={title} placeholder="Quarterly review" onChange={(e) => setTitle(e.target.value)} />
          <button type="submit" className="button">Sign off</button>
        </form>
      )}
      <ul className="version-list">
        {data?.versions.map((v) => (
          <li key={v.id}>
            <button type="button" className="link" onClick={() => void endpoints.version(patientId, v.id, audience).then(setViewing, setActionError)}>
              {v.title}
            </button>
            <span className="muted"> signed by {v.signedBy.name}, {dates.date(v.signedAt)}</span>
            {v.approvals.map((a) => (
              <span key={a.approvedBy.userId} className="version-approval"> Approved by {a.approvedBy.name} on {dates.date(a.approvedAt)}</span>
            ))}
          </li>
        ))}
        {data?.versions.length === 0 && <li className="empty">No signed reviews yet.</li>}
      </ul>
      {viewing && (
        <section aria-label={`Changes since ${viewing.version.title}`}>
          <h3>Since “{viewing.version.title}”</h3>
          {viewing.changes.length === 0 && <p>No changes.</p>}
          <ul className="changes">
            {viewing.changes.map((c) => (
              <li key={`${c.section}/${c.itemId}`} className={`change-${c.change}`}>
                {CHANGE_LABELS[c.change]}: {PLAN_SECTION_TITLES[c.section as PlanSection] ?? c.section} — {itemTitle(c.after ?? c.before)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
