import type { Today } from '@carehuddle/shared';
import { todayEndpoints } from '../api/todayEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { useRefetchOn } from '../live/useRefetchOn';

/**
 * The start page's data (shared by the page and the navigation's counts),
 * fetched again whenever the server signals a change the page shows: a
 * deadline or task on one of my teams, a task handed to me, a mention.
 * `reload` is for the page's own actions (completing a task).
 */
export function useToday(): { today: Today | null; error: unknown; reload: () => void } {
  useRefetchOn(['worklist:changed', 'task:assigned', 'notification:mention'], ['today']);
  const { data, error, reload } = useServerQuery(['today'], () => todayEndpoints.today());
  return { today: data ?? null, error, reload };
}
