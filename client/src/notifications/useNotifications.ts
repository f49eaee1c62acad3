import { useEffect } from 'react';
import { notificationEndpoints } from '../api/notificationEndpoints';
import { useLoad } from '../api/useLoad';
import { useLiveSocket } from '../live/LiveSocket';

/** The signed-in person's notifications, fetched again whenever the server says their center changed. */
export function useNotifications() {
  const loaded = useLoad(() => notificationEndpoints.list(), []);
  const socket = useLiveSocket();
  const { reload } = loaded;
  useEffect(() => {
    if (!socket) return;
    socket.on('notifications:changed', reload);
    // After a reconnect the signal may have been missed.
    socket.on('connect', reload);
    return () => {
      socket.off('notifications:changed', reload);
      socket.off('connect', reload);
    };
  }, [socket, reload]);
  return loaded;
}
