import { useEffect } from 'react';
import { useLiveSocket } from '../live/LiveSocket';

/**
 * Calls `onChange` whenever a reconciliation of this patient changes, and
 * after every reconnect (changes made meanwhile are not replayed). The shell's
 * socket joins the patient's team room, where the server sends these signals.
 */
export function useReconciliationSignals(patientId: string, onChange: (reconciliationId: string | null) => void): void {
  const socket = useLiveSocket();
  useEffect(() => {
    if (!socket) return;
    const join = () => {
      socket.emit('patient:join', { patientId }, () => onChange(null));
    };
    const changed = (event: { patientId: string; reconciliationId: string }) => {
      if (event.patientId === patientId) onChange(event.reconciliationId);
    };
    socket.on('connect', join);
    socket.on('reconciliation:changed', changed);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      socket.off('reconciliation:changed', changed);
      socket.emit('patient:leave', { patientId }, () => undefined);
    };
  }, [socket, patientId, onChange]);
}
