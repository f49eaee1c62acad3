import { LANGUAGES, type Language } from '@carehuddle/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './LanguageProvider';

/** A language's own name, as its speakers write it ("English", "Español"): from Intl, so no catalog has to spell it. */
function autonym(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/**
 * Switches between CareHuddle's languages: one button per other language,
 * named in that language (and marked with its `lang`, so a screen reader
 * pronounces "Español" as Spanish).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, choose } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const pick = async (next: Language) => {
    setBusy(true);
    setFailed(false);
    try {
      await choose(next);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="language-switch" role="group" aria-label={t('languageSwitch.label')}>
      {LANGUAGES.filter((other) => other !== language).map((other) => (
        <button key={other} type="button" className="link" lang={other} disabled={busy} onClick={() => void pick(other)}>{autonym(other)}</button>
      ))}
      {failed && <p role="alert" className="alert">{t('languageSwitch.saveFailed')}</p>}
    </div>
  );
}
