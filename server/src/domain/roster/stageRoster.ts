import type { RosterRowResult } from '@carehuddle/shared';
import type { RosterRowWrite, UserRecord } from '../../storage/port';
import { profileRecordOf } from '../patients/patientProfile';
import { checkRosterRow, type RosterCandidate } from './rosterRow';

/** What validating a file gives: the rows to write and the rows refused, with why. */
export interface StagedRoster {
  rows: RosterRowWrite[];
  refused: RosterRowResult[];
}

/** Looks up the PCP's staff account by e-mail (cached per file by the caller). */
export type PcpLookup = (email: string) => Promise<UserRecord | null>;

const refusal = (row: number, memberNumber: unknown, reasons: string[]): RosterRowResult => ({
  row, memberNumber: typeof memberNumber === 'string' && memberNumber.trim() !== '' ? memberNumber.trim() : null, outcome: 'refused', patientId: null, reasons,
});

/**
 * Checks one candidate completely — fields, dates, duplicate member number in
 * the file, the PCP's account — so that only whole rows are ever written.
 */
export async function stageCandidate(
  c: RosterCandidate, today: string, seen: Set<string>, findPcp: PcpLookup, into: StagedRoster,
): Promise<void> {
  // A line that could not be read at all has nothing to check field by field.
  if (c.problems.length > 0 && Object.keys(c.fields).length === 0) {
    into.refused.push(refusal(c.row, undefined, c.problems));
    return;
  }
  const checked = checkRosterRow(c.fields);
  const reasons = [...c.problems, ...(checked.ok ? [] : checked.reasons)];
  if (checked.ok) {
    const r = checked.row;
    if (r.dateOfBirth > today) reasons.push('Date of birth cannot be in the future.');
    if (r.enrollmentDate && r.enrollmentDate < r.dateOfBirth) reasons.push('Enrollment cannot be before birth.');
    if (seen.has(r.memberNumber)) reasons.push('This member number appears earlier in the file.');
  }
  const pcp = c.pcpEmail ? await findPcp(c.pcpEmail) : null;
  if (c.pcpEmail && (!pcp || pcp.kind !== 'staff' || pcp.disabledAt)) reasons.push(`No active staff account has the PCP's e-mail ${c.pcpEmail}.`);
  if (!checked.ok || reasons.length > 0) {
    into.refused.push(refusal(c.row, c.fields.memberNumber, reasons));
    return;
  }
  const { name, dateOfBirth, memberNumber, enrollmentDate, ...profile } = checked.row;
  seen.add(memberNumber);
  // Only the fields the row gave: an update never blanks what the row left out.
  const given = Object.fromEntries(Object.entries(profileRecordOf(profile)).filter(([k]) => k in profile));
  into.rows.push({ row: c.row, memberNumber, name, dateOfBirth, enrollmentDate: enrollmentDate ?? today, profile: given, pcpUserId: pcp?.id ?? null });
}
