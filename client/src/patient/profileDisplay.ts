import type { Address } from '@carehuddle/shared';

/** Whole years between a date of birth and today (local calendar). */
export function ageOn(dateOfBirth: string, today: Date = new Date()): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const beforeBirthday = today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d);
  return today.getFullYear() - y - (beforeBirthday ? 1 : 0);
}

/** "Spanish (es)" for a BCP-47 tag, falling back to the tag itself. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** One line: "1418 SE Alder St, Portland, OR 97214". */
export function addressLine(a: Address): string {
  return `${a.line}, ${a.city}, ${a.state} ${a.postalCode}`;
}
