import {
  DISCREPANCY_KINDS, DISCREPANCY_LABELS, MEDICATION_DECISIONS, type DiscrepancyKind, type MedicationDecision, type ReconciledMedication,
} from '@carehuddle/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { threadsAbout, useDiscussion } from '../notes/DiscussionContext';
import { DECISION_LABELS, words } from './labels';
import { AttachmentPanel } from '../attachments/AttachmentPanel';
import { useDates } from '../format/useDates';

/** One medication: its plan entry, the visible discrepancy flag, and (for deciders) the decision form and its discussion. */
export function MedicationRow({ reconciliationId, medication: m, editable, onSave }: {
  reconciliationId: string;
  medication: ReconciledMedication;
  editable: boolean;
  onSave: (decision: MedicationDecision, discrepancy: { kind: DiscrepancyKind; note: string } | null) => Promise<string | null>;
}) {
  const dates = useDates();
  const [decision, setDecision] = useState<MedicationDecision>(m.decision);
  const [kind, setKind] = useState<DiscrepancyKind | ''>(m.discrepancy?.kind ?? '');
  const [note, setNote] = useState(m.discrepancy?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  // Someone else's decision replaces the form's values when it arrives.
  useEffect(() => {
    setDecision(m.decision);
    setKind(m.discrepancy?.kind ?? '');
    setNote(m.discrepancy?.note ?? '');
  }, [m.decision, m.discrepancy?.kind, m.discrepancy?.note, m.decidedAt]);
  const discussion = useDiscussion();
  const about = discussion ? threadsAbout(discussion.notes, m.itemId) : null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onSave(decision, kind ? { kind, note } : null));
  };
  const id = (field: string) => `${field}-${m.itemId}`;
  return (
    <tbody className={m.discrepancy ? 'medication has-discrepancy' : 'medication'} aria-label={m.name}>
      <tr>
        <th scope="row">{m.name || 'Unnamed medication'}</th>
        <td data-label="Dose">{m.dose}</td><td data-label="Route">{m.route}</td><td data-label="Frequency">{m.frequency}</td><td data-label="Prescriber">{m.prescriber}</td><td data-label="Indication">{m.indication}</td>
        <td data-label="Source">{m.source ? words(m.source) : '—'}</td>
        <td data-label="Decision"><span className={`badge decision-${m.decision}`}>{DECISION_LABELS[m.decision]}</span></td>
      </tr>
      <tr className="decision-row">
        <td colSpan={8}>
          {m.discrepancy && (
            <p className="discrepancy" role="status">
              <span className="badge discrepancy-badge">Discrepancy: {DISCREPANCY_LABELS[m.discrepancy.kind].toLowerCase()}</span> {m.discrepancy.note}
            </p>
          )}
          {m.decidedBy && m.decidedAt && <p className="muted decided-by">Decided by {m.decidedBy.name}, {dates.dateTime(m.decidedAt)}</p>}
          <div className="decision-actions">
            {editable && (
              <form className="decision-form no-print" onSubmit={(e) => void save(e)}>
                <div>
                  <label htmlFor={id('decision')}>Decision</label>
                  <select id={id('decision')} value={decision} onChange={(e) => setDecision(e.target.value as MedicationDecision)}>
                    {MEDICATION_DECISIONS.map((d) => <option key={d} value={d}>{DECISION_LABELS[d]}</option>)}
                  </select>
                </div>
                <div>
                  <label htmlFor={id('discrepancy')}>Discrepancy</label>
                  <select id={id('discrepancy')} value={kind} onChange={(e) => setKind(e.target.value as DiscrepancyKind | '')}>
                    <option value="">None</option>
                    {DISCREPANCY_KINDS.map((k) => <option key={k} value={k}>{DISCREPANCY_LABELS[k]}</option>)}
                  </select>
                </div>
                {kind && (
                  <div className="grow">
                    <label htmlFor={id('note')}>What is wrong</label>
                    <textarea id={id('note')} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
                  </div>
                )}
                <button type="submit" className="button small">Save<span className="visually-hidden"> {m.name}</span></button>
                {error && <p className="field-error" role="alert">{error}</p>}
              </form>
            )}
            {discussion && about && (
              <button type="button" className={`button secondary small no-print${about.unread ? ' has-unread' : ''}`}
                onClick={() => discussion.open({ kind: 'planItem', audience: 'clinical', section: 'medications', itemId: m.itemId }, m.name || 'Unnamed medication')}>
                Discuss{about.count > 0 ? ` (${about.count})` : ''}<span className="visually-hidden"> {m.name}</span>
              </button>
            )}
          </div>
          {/* A photo of the pill bottle, the pharmacy's list: added by those who decide, until the reconciliation is signed. */}
          <AttachmentPanel target={{ kind: 'medication', reconciliationId, itemId: m.itemId }} label={m.name || 'Unnamed medication'} canAdd={editable} />
        </td>
      </tr>
    </tbody>
  );
}
