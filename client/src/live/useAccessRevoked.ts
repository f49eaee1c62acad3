import { useEffect, useState } from 'react';
import { clearOfflineCopiesOf } from '../plan/offlineCopies';
import { useLiveSocket } from './LiveSocket';

/**
 * Whether the server has withdrawn the user's access to a patient while the
 * page is open (consent revoked, removed from the team). The server has already
 * taken the user out of the patient's rooms; the page must stop showing what it
 * loaded before. `reportedElsewhere` carries the same news from a socket the
 * page opened itself (the notes connection), which is where a consent change
 * is announced.
 */
export function useAccessRevoked(patientId: string, reportedElsewhere = false): boolean {
  const socket = useLiveSocket();
  const [revoked, setRevoked] = useState<string | null>(null);
  useEffect(() => {
    if (!socket) return;
    const onRevoked = (event: { patientId: string }) => {
      if (event.patientId === patientId) setRevoked(patientId);
    };
    socket.on('patient:accessRevoked', onRevoked);
    return () => {
      socket.off('patient:accessRevoked', onRevoked);
    };
  }, [socket, patientId]);
  // Keyed by patient so that moving to another patient does not carry the state over.
  const withdrawn = revoked === patientId || reportedElsewhere;
  useEffect(() => {
    // What this browser kept for offline use must not outlive the access either.
    if (withdrawn) void clearOfflineCopiesOf(patientId);
  }, [withdrawn, patientId]);
  return withdrawn;
}
