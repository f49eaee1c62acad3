import { RISK_LEVELS, type RiskLevel } from '@carehuddle/shared';
import { useState } from 'react';
import { screeningEndpoints } from '../api/screeningEndpoints';
import { fieldErrorProps, FieldMessage, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

interface Props {
  patientId: string;
  /** The completed screening whose proposal this accepts, if any. */
  screeningId?: string;
  proposed: RiskLevel | null;
  proposedReason?: string;
  onSet: () => void;
}

/** The care coordinator sets or overrides the risk level, always with a reason. */
export function SetRiskForm({ patientId, screeningId, proposed, proposedReason = '', onSet }: Props) {
  const [level, setLevel] = useState<RiskLevel>(proposed ?? 'Moderate');
  const [reason, setReason] = useState(proposedReason);
  const { busy, error, submit } = useFormSubmit('The risk level could not be set. Please try again.');
  const id = screeningId ? `risk-${screeningId}` : 'risk-manual';
  return (
    <form className="inline-form" aria-label="Set the risk level" onSubmit={(e) => void submit(e, async () => {
      await screeningEndpoints.setRisk(patientId, { riskLevel: level, reason, ...(screeningId ? { screeningId } : {}) });
      onSet();
    })}>
      <FormError error={error} />
      <div className="field">
        <label htmlFor={`${id}-level`}>Risk level</label>
        <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value as RiskLevel)}>
          {RISK_LEVELS.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} {...fieldErrorProps(error, 'reason', `${id}-reason`)} />
        <FieldMessage error={error} field="reason" inputId={`${id}-reason`} />
      </div>
      <button type="submit" disabled={busy}>Set risk level</button>
    </form>
  );
}
