import { Link } from 'react-router';
import { useSession } from '../session/SessionContext';
import { TodayLink } from '../today/TodayLink';
import { WorklistLink } from '../worklist/WorklistLink';
import { SearchBox } from '../search/SearchBox';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** The top bar: app name, "Today" (with new mentions), "My patients", search, notifications, who is signed in (a link to their account page), and sign-out. */
export function NavBar() {
  const { user, signOut } = useSession();
  return (
    <header className="navbar">
      <nav aria-label="Main">
        <Link to="/" className="brand">CareHuddle</Link>
        {user?.kind === 'staff' ? <><TodayLink /><Link to="/patients">My patients</Link></> : <Link to="/">Home</Link>}
        {user?.kind === 'staff' && <WorklistLink />}
        <Link to="/conferences">Conferences</Link>
        {user?.kind === 'staff' && <Link to="/alerts">Alerts</Link>}
        {user?.kind === 'staff' && <Link to="/measures">Measures</Link>}
        {user?.kind === 'staff' && (user.isAdmin || user.isSupervisor) && <Link to="/caseloads">Caseloads</Link>}
        {user?.isAdmin && <Link to="/admin/staff">Staff accounts</Link>}
        {user?.isAdmin && <Link to="/admin/templates">Plan templates</Link>}
      </nav>
      <SearchBox />
      <div className="navbar-user">
        {user?.kind !== 'staff' && <LanguageSwitch />}
        <NotificationBell />
        <Link to="/account" className="navbar-account" title="Your account: password, sign out everywhere">{user?.name}</Link>
        <button type="button" className="button secondary" onClick={() => void signOut()}>Sign out</button>
      </div>
    </header>
  );
}
