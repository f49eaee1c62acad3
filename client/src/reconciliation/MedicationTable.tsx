import type { DiscrepancyKind, MedicationDecision, ReconciledMedication } from '@carehuddle/shared';
import { MedicationRow } from './MedicationRow';

/** The medication list as the reconciliation snapshotted it, with a decision per medication. */
export function MedicationTable({ reconciliationId, medications, editable, onSave }: {
  /** Files are attached to a medication of this reconciliation. */
  reconciliationId: string;
  medications: readonly ReconciledMedication[];
  editable: boolean;
  /** Resolves with an error message, or null once stored. */
  onSave: (itemId: string, decision: MedicationDecision, discrepancy: { kind: DiscrepancyKind; note: string } | null) => Promise<string | null>;
}) {
  return (
    <section className="card table-scroll" aria-labelledby="medications-title">
      <h2 id="medications-title">Medications</h2>
      {medications.length === 0 ? <p className="empty">The clinical plan listed no medications when this reconciliation started.</p> : (
        <table className="table medication-table">
          <thead>
            <tr><th scope="col">Medication</th><th scope="col">Dose</th><th scope="col">Route</th><th scope="col">Frequency</th><th scope="col">Prescriber</th><th scope="col">Indication</th><th scope="col">Source</th><th scope="col">Decision</th></tr>
          </thead>
          {medications.map((m) => (
            <MedicationRow key={m.itemId} reconciliationId={reconciliationId} medication={m} editable={editable} onSave={(decision, discrepancy) => onSave(m.itemId, decision, discrepancy)} />
          ))}
        </table>
      )}
    </section>
  );
}
