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

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'Cannot reach CareHuddle. Check your connection and try again.');
  }
}

/** The one error shape of a failed answer as an `ApiRequestError` (and the session's end noticed). */
async function failureOf(res: Response, path: string): Promise<ApiRequestError> {
  const data: unknown = await res.json().catch(() => null);
  const parsed = ApiErrorSchema.safeParse(data);
  const error = parsed.success
    ? new ApiRequestError(res.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.fields)
    : new ApiRequestError(res.status, 'internal', 'Something went wrong. Please try again.');
  if (res.status === 401 && path !== '/api/auth/login') onSessionEnded();
  return error;
}

/** Calls the API with the session cookie; JSON in and out; errors become `ApiRequestError`. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  if (res.status === 204) return undefined as T;
  if (!res.ok) throw await failureOf(res, path);
  return (await res.json().catch(() => null)) as T;
}

/** A file the API answers with (a PDF copy of the plan), and the name the server gave it. */
export async function apiFile(method: string, path: string, body?: unknown): Promise<{ blob: Blob; fileName: string }> {
  const res = await send(method, path, body);
  if (!res.ok) throw await failureOf(res, path);
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await res.blob(), fileName };
}
