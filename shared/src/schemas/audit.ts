import { z } from 'zod';
import { IdSchema } from './ids';

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

/** Query of the admin export. */
export const AuditExportQuerySchema = z.strictObject({
  format: z.enum(['json', 'csv']).default('json'),
  patientId: IdSchema.optional(),
});
