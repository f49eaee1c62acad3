import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveSocket } from './LiveSocket';

/** Change signals a page may refetch on (they carry no data the page shows). */
export type ChangeSignal = 'worklist:changed' | 'task:assigned' | 'notification:mention' | 'caseload:assigned' | 'patient:accessRevoked'
  | 'notifications:changed';

/**
 * Marks the queries under `key` stale whenever the server sends one of these
 * signals, so what shows them fetches again live; `connect` too when a signal
 * may have been missed while the connection was down.
 */
export function useRefetchOn(signals: readonly (ChangeSignal | 'connect')[], key: QueryKey): void {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();
  const names = signals.join();
  // The key array is new on every render; the subscription uses the latest.
  const keyRef = useRef(key);
  keyRef.current = key;
  useEffect(() => {
    if (!socket) return;
    const refetch = () => void queryClient.invalidateQueries({ queryKey: keyRef.current });
    const list = names.split(',') as (ChangeSignal | 'connect')[];
    for (const name of list) socket.on(name, refetch);
    return () => {
      for (const name of list) socket.off(name, refetch);
    };
  }, [socket, queryClient, names]);
}
