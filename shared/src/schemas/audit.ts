import { z } from 'zod';
import { IdSchema, InstantSchema } from './ids';

/** One audit record as coordinators and admins see it (FHIR AuditEvent-shaped). */
export const AuditRecordSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  role: z.string().nullable(),
  patientId: z.string().nullable(),
  /** C, R, U, D or E (execute). */
  action: z.enum(['C', 'R', 'U', 'D', 'E']),
  type: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  category: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'invalid', 'failed']),
  ip: z.string().nullable(),
  sessionId: z.string().nullable(),
  reason: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditRecordView = z.infer<typeof AuditRecordSchema>;

/** Filters of a patient's audit trail. */
export const AuditQuerySchema = z.strictObject({
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  userId: IdSchema.optional(),
});

/** Query of the admin export: a date range, streamed as CSV or paged as JSON. */
export const AuditExportQuerySchema = z.strictObject({
  format: z.enum(['json', 'csv']).default('json'),
  patientId: IdSchema.optional(),
  /** Records at or after this instant (UTC); from the beginning when absent. */
  from: InstantSchema.optional(),
  /** Records before this instant (UTC); up to now when absent. */
  to: InstantSchema.optional(),
  /** JSON pages: continue after this record (the previous page's `nextAfterSeq`). */
  afterSeq: z.coerce.number().int().min(0).optional(),
  /** JSON page size. */
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
}).refine((q) => !q.from || !q.to || q.from < q.to, { path: ['to'], message: 'must be after from' });
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

/** One JSON page of the admin export. */
export const AuditExportPageSchema = z.object({
  records: z.array(AuditRecordSchema),
  /** Pass as `afterSeq` for the next page; null on the last page. */
  nextAfterSeq: z.number().int().nullable(),
});
