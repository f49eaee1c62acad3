import type { Notification } from '@carehuddle/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { notificationEndpoints } from '../api/notificationEndpoints';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNotifications } from './useNotifications';

const when = (instant: string) => new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One notification: what happened, about whom, when; opening it marks it read and goes to the thing. */
function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (n: Notification) => void }) {
  const unread = notification.readAt === null;
  return (
    <li className={unread ? 'notification unread' : 'notification'}>
      <p>
        {unread && <span className="visually-hidden">Unread: </span>}
        {notification.sentence}
        {notification.patient && <> <span className="notification-patient">About {notification.patient.name}.</span></>}
      </p>
      <p className="hint"><time dateTime={notification.createdAt}>{when(notification.createdAt)}</time></p>
      <button type="button" className="button secondary" onClick={() => onOpen(notification)}>Open</button>
    </li>
  );
}

/** The notification center: newest first, read one by opening it or all at once. */
export function NotificationsPage() {
  const { data, error, reload } = useNotifications();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>(null);
  const open = (n: Notification) => {
    const read = n.readAt === null ? notificationEndpoints.markRead(n.id) : Promise.resolve();
    // The thing opens whether or not marking it read worked; the center shows it unread again if it did not.
    void read.catch(() => undefined).then(() => navigate(n.link));
  };
  const readAll = () => {
    notificationEndpoints.markAllRead().then(reload, setFailure);
  };
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p role="status">Loading…</p>;
  return (
    <>
      <h1>Notifications</h1>
      <div className="toolbar">
        <p>{data.unread === 0 ? 'Nothing unread.' : `${data.unread} unread.`}</p>
        {data.unread > 0 && <button type="button" className="button secondary" onClick={readAll}>Mark all read</button>}
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      {data.notifications.length === 0
        ? <p>No notifications in the last 30 days.</p>
        : <ul className="notification-list">{data.notifications.map((n) => <NotificationItem key={n.id} notification={n} onOpen={open} />)}</ul>}
      <p className="hint">Choose which e-mails you receive on your <Link to="/account">account page</Link>.</p>
    </>
  );
}
