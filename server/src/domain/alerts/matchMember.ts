import type { AlertSummary, ReviewReason } from '@carehuddle/shared';
import type { PatientRecord, Store } from '../../storage/port';

/** The member an alert is about, or why no single member can be named. */
export type MemberMatch = { patient: PatientRecord } | { reason: Extract<ReviewReason, 'unknown_member' | 'ambiguous_member' | 'member_mismatch'> };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** "Rosa Delgado" or "Rosa M. Delgado": the first word is the given name, the last the family name. */
function sameName(patient: PatientRecord, familyName: string, givenName: string): boolean {
  const words = fold(patient.name).split(/\s+/);
  return words[0] === fold(givenName) && words.at(-1) === fold(familyName);
}

/**
 * The matching rule (docs/interfaces.md): the member number (PID-3) decides,
 * checked against the date of birth when the message has one — a number with
 * another birth date is someone else's and goes to review. Without a known
 * member number, given name, family name and date of birth must all agree
 * with exactly one member (accents and case aside).
 */
export async function matchMember(store: Store, summary: AlertSummary): Promise<MemberMatch> {
  if (summary.memberNumber) {
    const patient = await store.patients.findByMemberNumber(summary.memberNumber);
    if (patient) return !summary.birthDate || summary.birthDate === patient.dateOfBirth ? { patient } : { reason: 'member_mismatch' };
  }
  if (!summary.birthDate || !summary.familyName || !summary.givenName) return { reason: 'unknown_member' };
  const { familyName, givenName } = summary;
  const candidates = (await store.patients.listBornOn(summary.birthDate)).filter((p) => sameName(p, familyName, givenName));
  if (candidates.length === 1) return { patient: candidates[0]! };
  return { reason: candidates.length === 0 ? 'unknown_member' : 'ambiguous_member' };
}
