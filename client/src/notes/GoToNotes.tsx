import { useTranslation } from 'react-i18next';

/** The id of the new-note box of the page's notes panel. */
export const NEW_NOTE_ID = 'composer-new-thread';

/**
 * Near the top of a page with a plan on it: takes keyboard focus straight to
 * the new-note box, past the whole plan (on a phone the notes are below it).
 */
export function GoToNotes() {
  const { t } = useTranslation('notes');
  const go = () => {
    const box = document.getElementById(NEW_NOTE_ID);
    box?.scrollIntoView({ block: 'center' });
    box?.focus();
  };
  return <button type="button" className="link go-to-notes" onClick={go}>{t('goTo')}</button>;
}
