import { z } from 'zod';

/** The languages CareHuddle speaks: its pages, catalogs and e-mails exist in each. */
export const LANGUAGES = ['en', 'es'] as const;
/** A language someone reads CareHuddle in (ISO 639-1). */
export const LanguageSchema = z.enum(LANGUAGES, { error: 'Choose English or Spanish.' });
export type Language = z.infer<typeof LanguageSchema>;

/** The language used when nothing else is known. */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * The first supported language among a person's preferred ones (browser
 * `navigator.languages`, an `Accept-Language` list), by primary subtag:
 * `es-MX` reads Spanish.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const parsed = LanguageSchema.safeParse(tag.split('-')[0]?.toLowerCase());
    if (parsed.success) return parsed.data;
  }
  return DEFAULT_LANGUAGE;
}

/** Body of `PUT /api/account/language`: the person chooses the language CareHuddle speaks to them. */
export const PreferredLanguageInputSchema = z.strictObject({
  /** The chosen language. */
  preferredLanguage: LanguageSchema,
});
export type PreferredLanguageInput = z.infer<typeof PreferredLanguageInputSchema>;
