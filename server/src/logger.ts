import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Paths that may carry PHI or secrets. Logs are read by operators who must not
 * see patient data, so these are censored wherever they appear.
 */
const REDACT = [
  'password', '*.password', 'passwordHash', '*.passwordHash',
  'name', '*.name', 'email', '*.email', 'body', '*.body', 'text', '*.text',
  'dateOfBirth', '*.dateOfBirth', 'memberNumber', '*.memberNumber',
  'token', '*.token', 'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]',
  'req.query', 'req.body',
];

/** Creates the process logger (to standard output unless a destination is given, as tests do). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'carehuddle' } };
  return destination ? pino(options, destination) : pino(options);
}

/** Invitation links carry their token in the path; request logs keep the route, never the credential. */
export function withoutTokens(url: string): string {
  return url.replace(/(\/(?:api\/)?invit(?:e|ations)\/)[A-Za-z0-9_-]+/, '$1[token]');
}

export type { DestinationStream, Logger };
