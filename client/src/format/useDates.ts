import { useMemo } from 'react';
import { useSession } from '../session/SessionContext';
import { createDateFormat, DEFAULT_TIME_ZONE, type DateFormat } from './dates';

/** The person's locale (their browser's language), falling back to US English. */
function browserLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

/** The date formatter for the signed-in person: their locale, the organization's time zone. */
export function useDates(): DateFormat {
  const { user } = useSession();
  const timeZone = user?.timeZone ?? DEFAULT_TIME_ZONE;
  const locale = browserLocale();
  return useMemo(() => createDateFormat({ locale, timeZone }), [locale, timeZone]);
}
