import { useEffect, useState } from 'react';
import { useLiveSocket } from './LiveSocket';

/** Change signals a page may refetch on (they carry no data the page shows). */
export type ChangeSignal = 'worklist:changed' | 'task:assigned' | 'notification:mention' | 'caseload:assigned' | 'patient:accessRevoked';

/**
 * A number that goes up whenever the server sends one of these signals, and on
 * `bump()`: put it in a load's dependencies to fetch again live.
 */
export function useSignalRound(signals: readonly ChangeSignal[]): { round: number; bump: () => void } {
  const [round, setRound] = useState(0);
  const socket = useLiveSocket();
  const key = signals.join();
  useEffect(() => {
    if (!socket) return;
    const bump = () => setRound((r) => r + 1);
    const names = key.split(',') as ChangeSignal[];
    for (const name of names) socket.on(name, bump);
    return () => {
      for (const name of names) socket.off(name, bump);
    };
  }, [socket, key]);
  return { round, bump: () => setRound((r) => r + 1) };
}
