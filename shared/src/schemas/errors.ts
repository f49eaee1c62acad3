import { z } from 'zod';

/** One field that failed validation. */
export const FieldErrorSchema = z.object({
  /** Dotted path of the field, e.g. `careTeam.0.role`; empty for the whole body. */
  path: z.string(),
  /** What is wrong with it, in words a user can act on. */
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Stable, machine-readable error codes shared by HTTP, Socket.IO acks and websocket close reasons. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'gone',
  'rate_limited',
  'payload_too_large',
  'bad_origin',
  'unavailable',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The one error shape every channel uses. */
export const ApiErrorSchema = z.object({
  error: z.object({
    /** Machine-readable code. */
    code: ErrorCodeSchema,
    /** Human-readable summary. */
    message: z.string(),
    /** Per-field messages for `validation_failed`. */
    fields: z.array(FieldErrorSchema).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Turns a zod error into per-field messages (path joined with dots). */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
