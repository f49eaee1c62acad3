import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@carehuddle/shared';
import i18next, { type TFunction } from 'i18next';
import en from './locales/en/mail.json' with { type: 'json' };
import es from './locales/es/mail.json' with { type: 'json' };

/**
 * The server's words (e-mails), from JSON catalogs per language, through the
 * same library and catalog format as the client (docs/ux.md, "Adding a
 * language"). The catalogs are small and bundled: no lazy loading on a server.
 */
const catalog = i18next.createInstance();
void catalog.init({
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  ns: ['mail'],
  defaultNS: 'mail',
  resources: { en: { mail: en }, es: { mail: es } },
  // Plain-text e-mails: nothing to escape, and escaping would turn "O'Brien" into "O&#39;Brien".
  interpolation: { escapeValue: false },
});

/** The mail catalog's translate function in one language. */
export const mailWords = (language: Language): TFunction<'mail'> => catalog.getFixedT(language, 'mail');
