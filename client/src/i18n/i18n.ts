import { DEFAULT_LANGUAGE, LANGUAGES, pickLanguage, type Language } from '@carehuddle/shared';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

/**
 * The client's one i18next instance. Catalogs are JSON per language and
 * namespace (locales/<language>/<namespace>.json), each its own chunk, loaded
 * when a page first asks for its namespace: the family pages never download
 * the staff app's words, nor a language nobody reads.
 */
export const i18n = i18next.createInstance();

/** The browser's preferred language among CareHuddle's, for pages seen before sign-in (the invitation). */
export function browserLanguage(): Language {
  return typeof navigator === 'undefined' ? DEFAULT_LANGUAGE : pickLanguage(navigator.languages);
}

/** Loads the common catalog in the browser's language before the first render, so no page flashes untranslated. */
export async function startI18n(): Promise<void> {
  // The page's `lang` follows the language, so screen readers pronounce it right (and axe's html-has-lang/valid-lang hold).
  i18n.on('languageChanged', (language) => { document.documentElement.lang = language; });
  await i18n
    .use(resourcesToBackend((language: string, namespace: string) => import(`./locales/${language}/${namespace}.json`)))
    .use(initReactI18next)
    .init({
      lng: browserLanguage(),
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      ns: ['common'],
      defaultNS: 'common',
      // React escapes what it renders; escaping here too would show "&amp;" in names.
      interpolation: { escapeValue: false },
    });
  // The words of parts many pages share (notes panel, plan view, files) load in the background, so a panel that
  // mounts after its page has loaded seldom suspends the page for its catalog.
  void i18n.loadNamespaces(SHARED_PART_NAMESPACES);
}

/** Catalogs of components that staff and family pages share, fetched right after start-up. */
const SHARED_PART_NAMESPACES = ['notes', 'plan', 'files'];
