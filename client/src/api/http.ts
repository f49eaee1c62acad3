import { ApiErrorSchema, type ErrorCode, type FieldError } from '@carehuddle/shared';

/** An error answer from the API, parsed from the one error shape. */
export class ApiRequestError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode | 'network', message: string, readonly fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiRequestError';
  }

  /** The message for one field, if the server named it (`body.email` or `email`). */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.path === field || f.path === `body.${field}`)?.message;
  }
}

let onSessionEnded: () => void = () => undefined;

/** Registers what to do when any call finds the session gone (idle sign-out, sign-out elsewhere). */
export function whenSessionEnds(handler: () => void): void {
  onSessionEnded = handler;
}

/**
 * Calls the API with the session cookie; JSON in and out (or a file's text as
 * the body, with its `contentType`); errors become `ApiRequestError`.
 */
export async function api<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': contentType ?? 'application/json' },
      body: body === undefined ? undefined : contentType && typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'Cannot reach CareHuddle. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;
  const parsed = ApiErrorSchema.safeParse(data);
  const error = parsed.success
    ? new ApiRequestError(res.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.fields)
    : new ApiRequestError(res.status, 'internal', 'Something went wrong. Please try again.');
  if (res.status === 401 && path !== '/api/auth/login') onSessionEnded();
  throw error;
}
