import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotifications } from './useNotifications';

/** The bell in the navigation: a link to the notification center with the unread count, kept current live. */
export function NotificationBell() {
  const { t } = useTranslation('staff', { keyPrefix: 'nav' });
  const { data } = useNotifications();
  const unread = data?.unread ?? 0;
  return (
    <Link to="/notifications" className="navbar-bell" aria-label={unread > 0 ? t('notificationsUnread', { count: unread }) : t('notifications')}>
      {/* Drawn, not an emoji: not every device has an emoji font. */}
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && <span className="badge nav-badge" aria-hidden="true">{unread}</span>}
    </Link>
  );
}
