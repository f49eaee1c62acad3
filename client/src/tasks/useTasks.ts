import type { Task } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { useLiveSocket } from '../live/LiveSocket';

/**
 * Tasks from `load`, fetched again whenever the server signals a change on one
 * of my teams or hands me a task; `assigned` counts the hand-overs since the page opened.
 */
export function useTasks(load: () => Promise<{ tasks: Task[] }>, key: string): { tasks: Task[] | null; assigned: number; reload: () => void } {
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [round, setRound] = useState(0);
  const [assigned, setAssigned] = useState(0);
  const socket = useLiveSocket();
  useEffect(() => {
    if (!socket) return;
    const bump = () => setRound((r) => r + 1);
    const handed = () => {
      setAssigned((n) => n + 1);
      bump();
    };
    socket.on('worklist:changed', bump);
    socket.on('task:assigned', handed);
    return () => {
      socket.off('worklist:changed', bump);
      socket.off('task:assigned', handed);
    };
  }, [socket]);
  useEffect(() => {
    let live = true;
    load().then((l) => { if (live) setTasks(l.tasks); }, () => undefined);
    return () => { live = false; };
    // `key` names what `load` fetches; the function itself changes on every render.
  }, [key, round]);
  return { tasks, assigned, reload: () => setRound((r) => r + 1) };
}
