import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';

const locales = resolve(import.meta.dirname, 'locales');

/** Every key path of a catalog ("form.name"), with i18next's plural suffixes folded so `_one`/`_other` compare across languages. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}
const catalog = (language: string, file: string): unknown => JSON.parse(readFileSync(resolve(locales, language, file), 'utf8'));

describe('message catalogs', () => {
  const namespaces = readdirSync(resolve(locales, 'en'));
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every namespace and key English has, and no other', (language) => {
    expect(readdirSync(resolve(locales, language)).sort()).toEqual([...namespaces].sort());
    for (const file of namespaces) {
      expect(new Set(keysOf(catalog(language, file))), `${language}/${file}`).toEqual(new Set(keysOf(catalog('en', file))));
    }
  });
});
