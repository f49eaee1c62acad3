import type { Logger } from './logger';

/** What of an error goes to the log: its kind and where it came from, never request data. */
export function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error
    ? { kind: error.name, code: (error as { code?: unknown }).code, stack: error.stack }
    : { type: typeof error };
}

/**
 * What an error nobody caught does to the process: it is logged and the server
 * keeps serving. Ending the process would close every clinician's live
 * connections at once and hand any anonymous client a switch to do so on
 * demand; the state that matters lives in transactional storage, and an error
 * unwinds only the one callback that threw (requests already end theirs with a
 * 500 in `guardServerEvents`).
 */
export function containUncaughtErrors(logger: Logger): void {
  process.on('uncaughtException', (error, origin) => {
    logger.error({ err: describeError(error), origin }, 'uncaught error contained; still serving');
  });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: describeError(reason) }, 'unhandled rejection contained; still serving');
  });
}
