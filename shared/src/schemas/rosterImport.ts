import { z } from 'zod';
import { IdSchema, InstantSchema } from './ids';

/** File formats a roster comes in. */
export const ROSTER_FORMATS = ['csv', 'fhir'] as const;
export const RosterFormatSchema = z.enum(ROSTER_FORMATS);
export type RosterFormat = z.infer<typeof RosterFormatSchema>;

/**
 * The CSV header, in this order or any other; the first three are required in
 * every row. `allergies` lists several with `;`, `none` for no known allergies;
 * `interpreter_needed` is yes/no; `pcp_email` names a staff account.
 */
export const ROSTER_CSV_COLUMNS = [
  'member_number', 'name', 'date_of_birth', 'enrollment_date', 'preferred_language', 'interpreter_needed', 'phone',
  'preferred_contact_time', 'address_line', 'city', 'state', 'postal_code', 'health_plan', 'allergies', 'pcp_email',
] as const;
export type RosterCsvColumn = (typeof ROSTER_CSV_COLUMNS)[number];

/** Query of `POST /api/roster-imports` (the body is the file itself, `text/csv` or `application/fhir+json`). */
export const StartRosterImportQuerySchema = z.strictObject({
  /** `csv` or `fhir` (a FHIR R4 Bundle of Patient, Coverage and Practitioner resources). */
  format: RosterFormatSchema,
  /** The staff member who coordinates the imported members (lead coordinator of new ones). */
  coordinatorId: IdSchema,
});
export type StartRosterImportQuery = z.infer<typeof StartRosterImportQuerySchema>;

/** Where an import job stands. */
export const ROSTER_IMPORT_STATUSES = ['queued', 'validating', 'committing', 'completed', 'failed'] as const;
export const RosterImportStatusSchema = z.enum(ROSTER_IMPORT_STATUSES);
export type RosterImportStatus = z.infer<typeof RosterImportStatusSchema>;

/** What happened to one row (CSV line, or Patient entry of a Bundle). */
export const RosterRowResultSchema = z.object({
  /** 1-based row: the CSV line after the header, or the Patient's position in the Bundle. */
  row: z.number().int(),
  /** The member number read from the row, if any. */
  memberNumber: z.string().nullable(),
  /** `created` (new member), `updated` (matched on member number) or `refused` (nothing of the row was written). */
  outcome: z.enum(['created', 'updated', 'refused']),
  /** The patient created or updated. */
  patientId: IdSchema.nullable(),
  /** Why a row was refused, as sentences. */
  reasons: z.array(z.string()),
});
export type RosterRowResult = z.infer<typeof RosterRowResultSchema>;

/** An import job as `GET /api/roster-imports/:importId` shows it (the page polls it for progress). */
export const RosterImportJobSchema = z.object({
  /** Job id. */
  id: IdSchema,
  /** File format. */
  format: RosterFormatSchema,
  /** Status now. */
  status: RosterImportStatusSchema,
  /** The coordinator the members are assigned to. */
  coordinator: z.object({ userId: IdSchema, name: z.string() }),
  /** Rows in the file (known once it is read). */
  totalRows: z.number().int(),
  /** Rows validated so far. */
  processedRows: z.number().int(),
  /** Totals per outcome (final once completed). */
  counts: z.object({ created: z.number().int(), updated: z.number().int(), refused: z.number().int() }),
  /** Per-row results once completed; refused rows during validation. */
  rows: z.array(RosterRowResultSchema),
  /** Why the whole file failed (unreadable file, wrong header). */
  failure: z.string().nullable(),
  /** When the job was started and finished. */
  createdAt: InstantSchema,
  completedAt: InstantSchema.nullable(),
});
export type RosterImportJob = z.infer<typeof RosterImportJobSchema>;

/** Path parameters naming an import job. */
export const RosterImportParamsSchema = z.strictObject({
  /** Job id. */
  importId: IdSchema,
});
export type RosterImportParams = z.infer<typeof RosterImportParamsSchema>;
