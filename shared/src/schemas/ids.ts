import { z } from 'zod';

/**
 * Opaque identifiers: printable, bounded, and never an object, so an operator
 * payload such as `{ "$ne": null }` can never reach a store query.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an identifier (letters, digits, _ or -)');
export type Id = z.infer<typeof IdSchema>;

/** A calendar date, `YYYY-MM-DD`, that really exists (no 2025-02-30). */
export const CalendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** An instant in UTC, ISO 8601. */
export const InstantSchema = z.iso.datetime();
export type Instant = z.infer<typeof InstantSchema>;
