import type { Services } from '../services';
import { invalid } from '../errors';

/** Letters from other scripts that look like Latin ones (the usual suspects in look-alike names). */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ɑ: 'a', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss',
};

/** Titles and credentials that do not tell two people apart ("Dr. Samuel Okoro" is "Samuel Okoro"). */
const TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'md', 'do', 'rn', 'lpn', 'np', 'pa', 'phd', 'pharmd', 'msw', 'lcsw', 'lmsw', 'chw', 'mph', 'bsn', 'msn', 'aprn', 'fnp', 'psyd', 'jr', 'sr']);

/**
 * A name reduced to what a reader sees: compatibility forms, accents, case,
 * look-alike letters, punctuation, invisible characters, titles and word order
 * do not count.
 */
export function nameKey(name: string): string {
  const letters = [...name.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').toLowerCase()].map((c) => LOOK_ALIKES[c] ?? c).join('');
  const words = letters.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w && !TITLES.has(w));
  return words.sort().join(' ');
}

/**
 * Family members must not appear under a staff member's name on the same
 * team: refuses a family display name that matches a staff member on the
 * patient's team, as a field error on `field`.
 */
export async function assertFamilyNameFree(services: Services, patientId: string, name: string, field: string): Promise<void> {
  const key = nameKey(name);
  const team = await services.store.careTeams.listForPatient(patientId);
  const members = await services.store.users.findManyByIds(team.map((m) => m.userId));
  if (key === '') throw invalid(field, 'Enter your name.');
  if (members.some((u) => u.kind === 'staff' && nameKey(u.name) === key)) {
    throw invalid(field, 'This name matches a member of the care team\'s staff. Add something that tells you apart, such as your relationship: "Ana Ruiz (daughter)".');
  }
}
