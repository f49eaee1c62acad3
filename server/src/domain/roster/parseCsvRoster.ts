import { ROSTER_CSV_COLUMNS, type RosterCsvColumn } from '@carehuddle/shared';
import { parse } from 'csv-parse/sync';
import { RosterFileError } from './rosterFileError';
import type { RosterCandidate } from './rosterRow';

const REQUIRED: readonly RosterCsvColumn[] = ['member_number', 'name', 'date_of_birth'];
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** "yes"/"no" as a boolean; anything else stays text, so the field check refuses it with a sentence. */
function yesNo(v: string): boolean | string {
  const lower = v.toLowerCase();
  return YES.has(lower) ? true : NO.has(lower) ? false : v;
}

/** A CSV line's values as the enrollment fields (blank cells are left out). */
function candidateOf(row: number, values: Record<RosterCsvColumn, string>): RosterCandidate {
  const v = (c: RosterCsvColumn) => (values[c] ?? '').trim();
  const fields: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => { if (value !== '' && value !== undefined) fields[key] = value; };
  put('memberNumber', v('member_number'));
  put('name', v('name'));
  put('dateOfBirth', v('date_of_birth'));
  put('enrollmentDate', v('enrollment_date'));
  put('preferredLanguage', v('preferred_language'));
  put('interpreterNeeded', v('interpreter_needed') === '' ? '' : yesNo(v('interpreter_needed')));
  put('phone', v('phone'));
  put('preferredContactTime', v('preferred_contact_time'));
  put('healthPlanName', v('health_plan'));
  if ([v('address_line'), v('city'), v('state'), v('postal_code')].some((x) => x !== '')) {
    fields.address = { line: v('address_line'), city: v('city'), state: v('state'), postalCode: v('postal_code') };
  }
  const allergies = v('allergies');
  if (allergies !== '') fields.allergies = allergies.toLowerCase() === 'none' ? [] : allergies.split(';').map((a) => a.trim()).filter(Boolean);
  const pcpEmail = v('pcp_email');
  return { row, fields, problems: [], ...(pcpEmail ? { pcpEmail } : {}) };
}

/**
 * Reads a roster CSV with the documented header. A file that cannot be read
 * as CSV, or whose header is wrong, fails as a whole; a line with the wrong
 * number of values is refused on its own.
 */
export function parseCsvRoster(content: string): RosterCandidate[] {
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    throw new RosterFileError(`The file is not valid CSV: ${error instanceof Error ? error.message : 'unreadable'}.`);
  }
  const [header, ...lines] = records;
  if (!header) throw new RosterFileError('The file is empty.');
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = columns.filter((c) => !(ROSTER_CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) throw new RosterFileError(`The header has columns CareHuddle does not know: ${unknown.join(', ')}. Use: ${ROSTER_CSV_COLUMNS.join(', ')}.`);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new RosterFileError(`The header lacks the required columns: ${missing.join(', ')}.`);
  return lines.map((values, i) => {
    if (values.length !== columns.length) {
      return { row: i + 1, fields: {}, problems: [`This line has ${values.length} values; the header has ${columns.length}.`] };
    }
    const named = Object.fromEntries(columns.map((c, j) => [c, values[j] ?? ''])) as Record<RosterCsvColumn, string>;
    const candidate = candidateOf(i + 1, named);
    return candidate;
  });
}
