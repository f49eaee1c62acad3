import type { ErrorCode, FieldError } from '@carehuddle/shared';

/** An expected failure with a stable code; transports map it to a status, ack or close code. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The thing does not exist, or the user may not know that it does. */
export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} not found`);
/** The user is known but not allowed. */
export const forbidden = (message: string): DomainError => new DomainError('forbidden', message);
/** A field-level rule failed after schema validation passed. */
export const invalid = (path: string, message: string): DomainError =>
  new DomainError('validation_failed', message, [{ path, message }]);
/** A uniqueness or state conflict. */
export const conflict = (message: string): DomainError => new DomainError('conflict', message);
/** The thing existed but can no longer be used (a used, expired or withdrawn invitation). */
export const gone = (message: string): DomainError => new DomainError('gone', message);
