import { Link } from 'react-router';
import { useNotifications } from './useNotifications';

/** The bell in the navigation: a link to the notification center with the unread count, kept current live. */
export function NotificationBell() {
  const { data } = useNotifications();
  const unread = data?.unread ?? 0;
  return (
    <Link to="/notifications" className="navbar-bell" aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}>
      <span aria-hidden="true">🔔</span>
      {unread > 0 && <span className="badge nav-badge" aria-hidden="true">{unread}</span>}
    </Link>
  );
}
