import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/SessionContext';
import { TodayLink } from '../today/TodayLink';
import { WorklistLink } from '../worklist/WorklistLink';
import { SearchBox } from '../search/SearchBox';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** The top bar: app name, "Today" (with new mentions), "My patients", search, notifications, who is signed in (a link to their account page), and sign-out. */
export function NavBar() {
  const { t } = useTranslation('staff', { keyPrefix: 'nav' });
  const { user, signOut } = useSession();
  return (
    <header className="navbar">
      <nav aria-label={t('label')}>
        <Link to="/" className="brand">{t('brand')}</Link>
        {user?.kind === 'staff' ? <><TodayLink /><Link to="/patients">{t('patients')}</Link></> : <Link to="/">{t('home')}</Link>}
        {user?.kind === 'staff' && <WorklistLink />}
        <Link to="/conferences">{t('conferences')}</Link>
        {user?.kind === 'staff' && <Link to="/alerts">{t('alerts')}</Link>}
        {user?.kind === 'staff' && <Link to="/measures">{t('measures')}</Link>}
        {user?.kind === 'staff' && (user.isAdmin || user.isSupervisor) && <Link to="/caseloads">{t('caseloads')}</Link>}
        {user?.isAdmin && <Link to="/admin/staff">{t('staff')}</Link>}
        {user?.isAdmin && <Link to="/admin/templates">{t('templates')}</Link>}
      </nav>
      <SearchBox />
      <div className="navbar-user">
        {user?.kind !== 'staff' && <LanguageSwitch />}
        <NotificationBell />
        <Link to="/account" className="navbar-account" title={t('accountTitle')}>{user?.name}</Link>
        <button type="button" className="button secondary" onClick={() => void signOut()}>{t('signOut')}</button>
      </div>
    </header>
  );
}
