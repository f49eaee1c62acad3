import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The id of the element that "Skip to main content" moves focus to. */
export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first Tab stop of every signed-in page, shown only when focused: it moves
 * focus past the navigation into the page. Focus is moved by hand rather than by
 * the fragment, so the address keeps no "#main-content" for the router to see.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>{t('skipLink')}</a>;
}
