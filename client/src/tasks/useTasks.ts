import type { Task } from '@carehuddle/shared';
import type { QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useServerQuery } from '../api/useServerQuery';
import { useLiveSocket } from '../live/LiveSocket';
import { useRefetchOn } from '../live/useRefetchOn';

/**
 * Tasks from `load` (cached under `key`), fetched again whenever the server signals a change on one
 * of my teams or hands me a task; `assigned` counts the hand-overs since the page opened.
 */
export function useTasks(key: QueryKey, load: () => Promise<{ tasks: Task[] }>): { tasks: Task[] | null; assigned: number; reload: () => void } {
  const { data, reload } = useServerQuery(key, load);
  const [assigned, setAssigned] = useState(0);
  const socket = useLiveSocket();
  useRefetchOn(['worklist:changed', 'task:assigned'], key);
  useEffect(() => {
    if (!socket) return;
    const handed = () => setAssigned((n) => n + 1);
    socket.on('task:assigned', handed);
    return () => {
      socket.off('task:assigned', handed);
    };
  }, [socket]);
  return { tasks: data?.tasks ?? null, assigned, reload };
}
