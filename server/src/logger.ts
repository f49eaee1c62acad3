import { pino, type Logger } from 'pino';

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

/** Creates the process logger. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'carehuddle' } });
}

export type { Logger };
