import { useEffect, useRef } from 'react';
import { useLiveSocket } from './LiveSocket';

/** Team-room signals about one patient that carry ids only (the content is fetched over HTTP, where policy and audit apply). */
type TeamRoomSignal = 'reconciliation:changed' | 'plan:approved' | 'consent:changed';

/**
 * Joins the patient's team room and calls `onSignal` with the signal's id
 * (`reconciliationId`, `versionId`) whenever `signal` arrives for this patient,
 * and with null after every (re)join: signals sent meanwhile are not replayed.
 */
export function useTeamRoomSignal(patientId: string, signal: TeamRoomSignal, onSignal: (id: string | null) => void): void {
  const socket = useLiveSocket();
  // The latest callback, so a caller's new function each render does not leave and rejoin the room.
  const latest = useRef(onSignal);
  useEffect(() => { latest.current = onSignal; }, [onSignal]);
  useEffect(() => {
    if (!socket) return;
    const join = () => {
      socket.emit('patient:join', { patientId }, () => latest.current(null));
    };
    const received = (event: { patientId: string; reconciliationId?: string; versionId?: string }) => {
      if (event.patientId === patientId) latest.current(event.reconciliationId ?? event.versionId ?? null);
    };
    socket.on('connect', join);
    socket.on(signal, received);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      socket.off(signal, received);
      socket.emit('patient:leave', { patientId }, () => undefined);
    };
  }, [socket, patientId, signal]);
}
