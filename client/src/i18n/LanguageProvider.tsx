import { LanguageSchema, type Language } from '@carehuddle/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { endpoints } from '../api/endpoints';
import { useSession } from '../session/SessionContext';
import { browserLanguage, i18n } from './i18n';

/** The language pages are shown in, and how the person changes it. */
interface LanguageChoice {
  language: Language;
  /** Shows CareHuddle in another language; a signed-in person's choice is saved to their account (and their e-mails follow it). */
  choose: (language: Language) => Promise<void>;
}

const LanguageContext = createContext<LanguageChoice | null>(null);

/**
 * Decides the language: the signed-in person's preferred language (chosen by
 * them, or by the coordinator who invited them); before sign-in, what the
 * visitor picked on this page, else their browser's language.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { user, signedIn } = useSession();
  const [pickedSignedOut, setPickedSignedOut] = useState<Language | null>(null);
  const language = user?.preferredLanguage ?? pickedSignedOut ?? browserLanguage();

  useEffect(() => {
    if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
  }, [language]);

  const choose = useCallback(async (next: Language) => {
    if (!user) {
      setPickedSignedOut(next);
      return;
    }
    await endpoints.setPreferredLanguage({ preferredLanguage: next });
    signedIn({ ...user, preferredLanguage: next });
  }, [user, signedIn]);

  const value = useMemo(() => ({ language, choose }), [language, choose]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The language in use and how to change it (inside LanguageProvider). */
export function useLanguage(): LanguageChoice {
  const choice = useContext(LanguageContext);
  if (!choice) throw new Error('useLanguage must be used inside LanguageProvider');
  return choice;
}

/** Whether a string names one of CareHuddle's languages. */
export const isLanguage = (value: string): value is Language => LanguageSchema.safeParse(value).success;
