import type { Language } from '@carehuddle/shared';

/** A language's own name, as its speakers write it ("English", "Español"): from Intl, so no catalog has to spell it. */
export function autonym(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
