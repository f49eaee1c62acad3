import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/SessionContext';
import { createDateFormat, DEFAULT_TIME_ZONE, type DateFormat } from './dates';

/**
 * The locale dates are written in: the browser's own tag when it is in the
 * language shown (keeps `es-MX` or `en-GB` conventions), else the language.
 */
function localeFor(language: string): string {
  const browser = typeof navigator !== 'undefined' ? navigator.language : '';
  if (browser.split('-')[0]?.toLowerCase() === language) return browser;
  return language === 'en' ? 'en-US' : language;
}

/** The date formatter for the person: the language they read CareHuddle in, the organization's time zone. */
export function useDates(): DateFormat {
  const { user } = useSession();
  const { t, i18n } = useTranslation();
  const timeZone = user?.timeZone ?? DEFAULT_TIME_ZONE;
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createDateFormat({
    locale: localeFor(language),
    timeZone,
    dueWords: { overdue: (count) => t('due.overdue', { count }), dueOn: (when) => t('due.on', { when }) },
  }), [language, timeZone, t]);
}
