import { useTeamRoomSignal } from '../live/useTeamRoomSignal';

/**
 * Calls `onChange` whenever a reconciliation of this patient changes, and
 * after every reconnect (changes made meanwhile are not replayed). The shell's
 * socket joins the patient's team room, where the server sends these signals.
 */
export function useReconciliationSignals(patientId: string, onChange: (reconciliationId: string | null) => void): void {
  useTeamRoomSignal(patientId, 'reconciliation:changed', onChange);
}
