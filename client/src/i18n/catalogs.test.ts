import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';

const locales = resolve(import.meta.dirname, 'locales');

/** Every key path as written, plural suffixes included. */
function rawKeysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => rawKeysOf(inner, prefix ? `${prefix}.${key}` : key));
}
/** Every key path of a catalog ("form.name"), with i18next's plural suffixes folded so `_one`/`_other` compare across languages. */
const keysOf = (value: unknown): string[] => rawKeysOf(value).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''));
const catalog = (language: string, file: string): unknown => JSON.parse(readFileSync(resolve(locales, language, file), 'utf8'));

describe('message catalogs', () => {
  const namespaces = readdirSync(resolve(locales, 'en'));
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every namespace and key English has, and no other', (language) => {
    expect(readdirSync(resolve(locales, language)).sort()).toEqual([...namespaces].sort());
    for (const file of namespaces) {
      expect(new Set(keysOf(catalog(language, file))), `${language}/${file}`).toEqual(new Set(keysOf(catalog('en', file))));
    }
  });

  // A plural form the language's rules pick (Spanish "many" for a million) but the catalog lacks would show the English words.
  it.each(LANGUAGES)('%s has every plural form its plural rules use', (language) => {
    const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const file of namespaces) {
      const plurals = new Set(rawKeysOf(catalog(language, file)).filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
      const keys = new Set(rawKeysOf(catalog(language, file)));
      const missing = [...plurals].flatMap((key) => forms.map((form) => `${key}_${form}`)).filter((key) => !keys.has(key));
      expect(missing, `${language}/${file}`).toEqual([]);
    }
  });
});
