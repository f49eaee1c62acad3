import type { ErrorCode, FieldError } from '@carehuddle/shared';
import type { OperationOutcome, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { STATUS_OF } from '../middleware/errorHandler';

/** The FHIR JSON media type every answer of `/fhir` carries. */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const ISSUE_CODE: Record<ErrorCode, OperationOutcomeIssue['code']> = {
  validation_failed: 'invalid', unauthenticated: 'login', forbidden: 'forbidden', not_found: 'not-found', conflict: 'conflict', gone: 'deleted',
  payload_too_large: 'too-costly', rate_limited: 'throttled', bad_origin: 'security', unavailable: 'transient', internal: 'exception',
};

/** The bearer token of a request, if it has an `Authorization: Bearer …` header. */
export function bearerTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** Sends a FHIR resource as `application/fhir+json`. */
export function sendFhir(res: Response, status: number, resource: Resource): void {
  res.status(status).type(FHIR_JSON).send(JSON.stringify(resource));
}

/** Sends an error as an OperationOutcome with the status its code maps to; a field error names the parameter in `expression`. */
export function sendOperationOutcome(res: Response, code: ErrorCode, message: string, fields?: readonly FieldError[]): void {
  const issues: OperationOutcomeIssue[] = fields?.length
    ? fields.map((f) => ({ severity: 'error', code: ISSUE_CODE[code], diagnostics: f.message, ...(f.path ? { expression: [f.path] } : {}) }))
    : [{ severity: 'error', code: ISSUE_CODE[code], diagnostics: message }];
  if (code === 'unauthenticated') res.setHeader('WWW-Authenticate', 'Bearer realm="CareHuddle FHIR"');
  const outcome: OperationOutcome = { resourceType: 'OperationOutcome', issue: issues };
  sendFhir(res, STATUS_OF[code], outcome);
}
