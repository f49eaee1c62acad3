import type { Today } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { todayEndpoints } from '../api/todayEndpoints';
import { useSignalRound } from '../live/useSignalRound';

/**
 * The start page's data, fetched again whenever the server signals a change
 * the page shows: a deadline or task on one of my teams, a task handed to me,
 * a mention. `reload` is for the page's own actions (completing a task).
 */
export function useToday(): { today: Today | null; error: unknown; reload: () => void } {
  const [today, setToday] = useState<Today | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { round, bump } = useSignalRound(['worklist:changed', 'task:assigned', 'notification:mention']);
  useEffect(() => {
    let live = true;
    todayEndpoints.today().then((t) => { if (live) { setToday(t); setError(null); } }, (e: unknown) => { if (live) setError(e); });
    return () => { live = false; };
  }, [round]);
  return { today, error, reload: bump };
}
