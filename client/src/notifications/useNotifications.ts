import { notificationEndpoints } from '../api/notificationEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { useRefetchOn } from '../live/useRefetchOn';

/** The signed-in person's notifications, fetched again whenever the server says their center changed. */
export function useNotifications() {
  // After a reconnect the signal may have been missed.
  useRefetchOn(['notifications:changed', 'connect'], ['notifications']);
  return useServerQuery(['notifications'], () => notificationEndpoints.list());
}
