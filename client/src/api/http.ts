import { ApiErrorSchema, IDEMPOTENCY_KEY_HEADER, type ErrorCode, type FieldError } from '@carehuddle/shared';

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

/** Sends a request with the session cookie: JSON, or a file's text as the body with its `contentType`. */
async function send(method: string, path: string, body?: unknown, contentType?: string, headers: Record<string, string> = {}): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': contentType ?? 'application/json' }) },
      body: body === undefined ? undefined : contentType && typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'Cannot reach CareHuddle. Check your connection and try again.');
  }
}

/** The one error shape of a failed answer (already read as `data`) as an `ApiRequestError`, and the session's end noticed. */
export function apiErrorOf(status: number, data: unknown, path: string): ApiRequestError {
  const parsed = ApiErrorSchema.safeParse(data);
  const error = parsed.success
    ? new ApiRequestError(status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.fields)
    : new ApiRequestError(status, 'internal', 'Something went wrong. Please try again.');
  if (status === 401 && path !== '/api/auth/login') onSessionEnded();
  return error;
}

async function failureOf(res: Response, path: string): Promise<ApiRequestError> {
  return apiErrorOf(res.status, await res.json().catch(() => null), path);
}

/**
 * Calls the API with the session cookie; JSON in and out (or a file's text as
 * the body, with its `contentType`); errors become `ApiRequestError`.
 */
export async function api<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  return answerOf<T>(await send(method, path, body, contentType), path);
}

/** A JSON answer's body (nothing for 204), or its failure as an `ApiRequestError`. */
async function answerOf<T>(res: Response, path: string): Promise<T> {
  if (res.status === 204) return undefined as T;
  if (!res.ok) throw await failureOf(res, path);
  return (await res.json().catch(() => null)) as T;
}

/**
 * Posts an action with its idempotency key (the outbox's sends): a resend of
 * the same key is answered with the first result and done once.
 */
export async function apiOnce<T>(path: string, body: unknown, key: string): Promise<T> {
  return answerOf<T>(await send('POST', path, body, undefined, { [IDEMPOTENCY_KEY_HEADER]: key }), path);
}

/** A file the API answers with (a PDF copy of the plan), and the name the server gave it. */
export async function apiFile(method: string, path: string, body?: unknown): Promise<{ blob: Blob; fileName: string }> {
  const res = await send(method, path, body);
  if (!res.ok) throw await failureOf(res, path);
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await res.blob(), fileName };
}
