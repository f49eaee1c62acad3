import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Paths that may carry PHI or secrets. Logs are read by operators who must not
 * see patient data, so these are censored wherever they appear.
 */
const REDACT = [
  'password', '*.password', 'passwordHash', '*.passwordHash',
  'name', '*.name', 'email', '*.email', 'body', '*.body', 'text', '*.text',
  'dateOfBirth', '*.dateOfBirth', 'memberNumber', '*.memberNumber',
  'phone', '*.phone', 'address', '*.address', 'allergies', '*.allergies', 'healthPlanName', '*.healthPlanName',
  'preferredLanguage', '*.preferredLanguage', 'interpreterNeeded', '*.interpreterNeeded', 'preferredContactTime', '*.preferredContactTime',
  'token', '*.token', 'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]',
  'req.query', 'req.body',
];

/** Creates the process logger (to standard output unless a destination is given, as tests do). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'carehuddle' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Request logs keep the route, never a credential or a search: invitation links
 * carry their token in the path (routing ignores case and percent-encoding,
 * so redaction must too), and query strings are dropped whole.
 */
export function withoutTokens(url: string): string {
  const queryAt = url.search(/[?#]/);
  const path = queryAt === -1 ? url : `${url.slice(0, queryAt)}?[redacted]`;
  return path.replace(/(\/(?:api\/+)?invit(?:e|ations)\/+)[^/?#]+/gi, '$1[token]');
}

export type { DestinationStream, Logger };
