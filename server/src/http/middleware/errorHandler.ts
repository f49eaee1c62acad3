import type { ErrorCode, FieldError } from '@carehuddle/shared';
import type { ErrorRequestHandler, Response } from 'express';
import { DomainError } from '../../domain/errors';
import type { Logger } from '../../logger';

/** HTTP status for each error code. */
export const STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  bad_origin: 403,
  unavailable: 503,
  internal: 500,
};

/** Sends the one error shape. */
export function sendError(res: Response, code: ErrorCode, message: string, fields?: FieldError[]): void {
  res.status(STATUS_OF[code]).json({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** Body-parser failures carry a `type`; they are the client's fault, never a 500. */
function bodyParserError(err: unknown): { code: ErrorCode; message: string } | null {
  if (typeof err !== 'object' || err === null || !('type' in err)) return null;
  switch ((err).type) {
    case 'entity.parse.failed': return { code: 'validation_failed', message: 'The request body is not valid JSON.' };
    case 'entity.too.large': return { code: 'payload_too_large', message: 'The request body is too large.' };
    case 'encoding.unsupported':
    case 'charset.unsupported': return { code: 'validation_failed', message: 'Unsupported body encoding.' };
    default: return null;
  }
}

/** Maps domain errors to statuses; anything unexpected is logged (without PHI) as a 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof DomainError) return sendError(res, err.code, err.message, err.fields);
    const parsed = bodyParserError(err);
    if (parsed) return sendError(res, parsed.code, parsed.message, [{ path: 'body', message: parsed.message }]);
    logger.error({ err: err instanceof Error ? { name: err.name, stack: err.stack } : String(err), method: req.method, path: req.path.replace(/[^/]{20,}/g, ':id') }, 'request failed');
    sendError(res, 'internal', 'Something went wrong on our side.');
  };
}
