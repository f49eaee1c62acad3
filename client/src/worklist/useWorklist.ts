import type { Worklist } from '@carehuddle/shared';
import { api } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { useRefetchOn } from '../live/useRefetchOn';

/** The worklist, fetched again whenever the server signals a change on one of my teams. */
export function useWorklist(query = ''): Worklist | null {
  useRefetchOn(['worklist:changed'], ['worklist', query]);
  const { data } = useServerQuery(['worklist', query], () => api<Worklist>('GET', `/api/worklist${query}`), { keepPreviousData: true });
  return data ?? null;
}
