import type { Worklist } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { api } from '../api/http';
import { useSignalRound } from '../live/useSignalRound';

/** The worklist, fetched again whenever the server signals a change on one of my teams. */
export function useWorklist(query = ''): Worklist | null {
  const [list, setList] = useState<Worklist | null>(null);
  const { round } = useSignalRound(['worklist:changed']);
  useEffect(() => {
    let live = true;
    api<Worklist>('GET', `/api/worklist${query}`).then((l) => { if (live) setList(l); }, () => undefined);
    return () => { live = false; };
  }, [query, round]);
  return list;
}
