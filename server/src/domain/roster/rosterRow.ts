import { CreatePatientInputSchema, fieldErrorsOf } from '@carehuddle/shared';
import { z } from 'zod';

/**
 * One member as a roster row gives it, before checking: what a CSV line or a
 * FHIR Patient (with its Coverage and Practitioner) said, field by field.
 */
export interface RosterCandidate {
  row: number;
  fields: Record<string, unknown>;
  /** E-mail of the PCP's staff account, if the row names one. */
  pcpEmail?: string;
  /** Problems found while reading the row (before the field checks). */
  problems: string[];
}

/** A row's fields: the enrollment input, with the enrollment date optional (today when absent). */
export const RosterRowSchema = CreatePatientInputSchema.extend({
  enrollmentDate: CreatePatientInputSchema.shape.enrollmentDate.optional(),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

/** Sentences for checks whose schema message is a format code rather than words. */
const FIELD_SENTENCES: Record<string, string> = {
  dateOfBirth: 'Enter the date of birth as YYYY-MM-DD.',
  enrollmentDate: 'Enter the enrollment date as YYYY-MM-DD.',
  memberNumber: 'Enter the member number.',
  name: 'Enter the full name.',
  interpreterNeeded: 'Write yes or no for whether an interpreter is needed.',
};

/** Checks a candidate's fields; the row's data or the reasons it is refused. */
export function checkRosterRow(fields: Record<string, unknown>): { ok: true; row: RosterRow } | { ok: false; reasons: string[] } {
  const parsed = RosterRowSchema.safeParse(fields);
  if (parsed.success) return { ok: true, row: parsed.data };
  const reasons = fieldErrorsOf(parsed.error).map((f) => {
    const top = f.path.split('.')[0] ?? '';
    // A zod message that is already a sentence (ends with a full stop) is kept; a technical one is replaced.
    return f.message.endsWith('.') ? f.message : FIELD_SENTENCES[top] ?? `Check the ${top || 'row'} value.`;
  });
  return { ok: false, reasons: [...new Set(reasons)] };
}
