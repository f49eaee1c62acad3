import type { Reconciliation } from '@carehuddle/shared';
import { useCallback, useEffect, useState } from 'react';
import { reconciliationEndpoints } from '../api/reconciliationEndpoints';
import { useReconciliationSignals } from './useReconciliationSignals';

/** One reconciliation, kept current: fetched again whenever the server signals a change to it. */
export function useReconciliation(patientId: string, id: string): {
  reconciliation: Reconciliation | undefined;
  error: unknown;
  /** Shows the server's answer to one's own change at once, without waiting for the signal. */
  accept: (next: Reconciliation) => void;
} {
  const [reconciliation, setReconciliation] = useState<Reconciliation | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  // Answers can arrive out of order: keep the highest revision.
  const accept = useCallback((next: Reconciliation) => setReconciliation((current) => (current && current.revision > next.revision ? current : next)), []);
  const load = useCallback(() => {
    reconciliationEndpoints.read(patientId, id).then((r) => { accept(r); setError(null); }, setError);
  }, [patientId, id, accept]);
  useEffect(load, [load]);
  const onChange = useCallback((changedId: string | null) => {
    if (changedId === null || changedId === id) load();
  }, [id, load]);
  useReconciliationSignals(patientId, onChange);
  return { reconciliation, error, accept };
}
