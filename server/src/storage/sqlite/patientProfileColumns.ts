import type { PatientDetailsChange, PatientProfileRecord } from '../port';
import type { SqliteDb } from './database';

/** Profile columns: name in the row → field of the record. Address and allergies are JSON. */
const COLUMNS = {
  preferred_language: 'preferredLanguage',
  interpreter_needed: 'interpreterNeeded',
  phone: 'phone',
  preferred_contact_time: 'preferredContactTime',
  address: 'address',
  health_plan_name: 'healthPlanName',
  allergies: 'allergies',
  pcp_user_id: 'pcpUserId',
} as const satisfies Record<string, keyof PatientProfileRecord>;
type Column = keyof typeof COLUMNS;
const COLUMN_OF = Object.fromEntries(Object.entries(COLUMNS).map(([c, f]) => [f, c])) as Record<keyof PatientProfileRecord, Column>;

/** The profile columns as stored (JSON text, 0/1 for the flag, null when not recorded). */
export type ProfileRow = Record<Column, string | number | null>;

/** The profile columns, in the order `profileValues` binds them. */
export const PROFILE_COLUMNS = Object.keys(COLUMNS) as Column[];

/**
 * Stores made before the patient profile existed get its columns on start-up;
 * every one is nullable, so existing patients read as "not recorded".
 */
export function addProfileColumns(db: SqliteDb): void {
  const existing = new Set(db.prepare<[], { name: string }>('PRAGMA table_info(patients)').all().map((c) => c.name));
  const type = (c: Column) => (c === 'interpreter_needed' ? 'INTEGER' : 'TEXT');
  for (const column of PROFILE_COLUMNS) if (!existing.has(column)) db.exec(`ALTER TABLE patients ADD COLUMN ${column} ${type(column)}`);
}

function toColumn<F extends keyof PatientProfileRecord>(field: F, value: PatientProfileRecord[F] | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (field === 'address' || field === 'allergies') return JSON.stringify(value);
  if (field === 'interpreterNeeded') return value ? 1 : 0;
  return value as string;
}

/** The profile's values in `PROFILE_COLUMNS` order. */
export function profileValues(p: Partial<PatientProfileRecord>): (string | number | null)[] {
  return PROFILE_COLUMNS.map((c) => toColumn(COLUMNS[c], p[COLUMNS[c]]));
}

/** Reads the profile from a row; a column an old row lacks reads as null. */
export function profileFromRow(r: Partial<ProfileRow>): PatientProfileRecord {
  const text = (v: string | number | null | undefined) => (typeof v === 'string' ? v : null);
  const json = <T>(v: string | number | null | undefined): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : null);
  return {
    preferredLanguage: text(r.preferred_language),
    interpreterNeeded: typeof r.interpreter_needed === 'number' ? r.interpreter_needed === 1 : null,
    phone: text(r.phone),
    preferredContactTime: text(r.preferred_contact_time),
    address: json(r.address),
    healthPlanName: text(r.health_plan_name),
    allergies: json(r.allergies),
    pcpUserId: text(r.pcp_user_id),
  };
}

/** `SET` assignments and values for the fields a change names (name included). */
export function detailAssignments(change: PatientDetailsChange): { sql: string; values: (string | number | null)[] } {
  const parts: string[] = [];
  const values: (string | number | null)[] = [];
  if (change.name !== undefined) { parts.push('name = ?'); values.push(change.name); }
  for (const field of Object.keys(COLUMN_OF) as (keyof PatientProfileRecord)[]) {
    if (change[field] === undefined) continue;
    parts.push(`${COLUMN_OF[field]} = ?`);
    values.push(toColumn(field, change[field]));
  }
  return { sql: parts.join(', '), values };
}
