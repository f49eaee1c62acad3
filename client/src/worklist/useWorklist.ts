import type { Worklist } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { api } from '../api/http';
import { useLiveSocket } from '../live/LiveSocket';

/** The worklist, fetched again whenever the server signals a change on one of my teams. */
export function useWorklist(query = ''): Worklist | null {
  const [list, setList] = useState<Worklist | null>(null);
  const [round, setRound] = useState(0);
  const socket = useLiveSocket();
  useEffect(() => {
    if (!socket) return;
    const bump = () => setRound((r) => r + 1);
    socket.on('worklist:changed', bump);
    return () => {
      socket.off('worklist:changed', bump);
    };
  }, [socket]);
  useEffect(() => {
    let live = true;
    api<Worklist>('GET', `/api/worklist${query}`).then((l) => { if (live) setList(l); }, () => undefined);
    return () => { live = false; };
  }, [query, round]);
  return list;
}
