/**
 * Session secrets published with CareHuddle (compose default, `.env.example`,
 * the test suites): anyone can read them, so they key nothing in production.
 */
const PUBLISHED_SECRETS = new Set([
  'please-set-a-real-secret-of-32-characters-or-more',
  'change-me-to-a-long-random-string-of-at-least-32-chars',
  'test-secret-that-is-long-enough-0123456789',
  'process-test-secret-0123456789abcdef',
]);

/** Words that mark a placeholder someone forgot to replace. */
const PLACEHOLDER = /change.?me|please.?set|placeholder|example|your.?secret|replace.?me|default/i;

/** Why a session secret is unfit for production, or null when it is fit. */
export function weakSecretReason(secret: string): string | null {
  if (PUBLISHED_SECRETS.has(secret.trim())) return 'is a published default';
  if (PLACEHOLDER.test(secret)) return 'looks like a placeholder';
  // A random 32-byte secret in hex has 16 distinct characters, in base64 far more; 'aaaa…' or '1234…' does not.
  if (new Set(secret).size < 10) return 'has too few distinct characters to be random';
  // '1234…', 'abcd…', 'abab…': in random text about one neighbour pair in six is equal or consecutive.
  let patterned = 0;
  for (let i = 1; i < secret.length; i += 1) if (Math.abs(secret.charCodeAt(i) - secret.charCodeAt(i - 1)) <= 1) patterned += 1;
  if (patterned * 2 > secret.length) return 'follows a pattern instead of being random';
  return null;
}

/** What production refuses to start with: the first problem, as one line, or null. */
export function productionProblem(env: { sessionSecret: string | undefined; smtpUrl: string | undefined; invitationsWithoutEmail: boolean }): string | null {
  if (env.sessionSecret === undefined) return 'SESSION_SECRET is required when NODE_ENV=production';
  const weak = weakSecretReason(env.sessionSecret);
  if (weak) return `SESSION_SECRET ${weak}; generate one with \`openssl rand -hex 32\``;
  if (!env.smtpUrl && !env.invitationsWithoutEmail) {
    return 'SMTP_URL is required when NODE_ENV=production (or set INVITATIONS_WITHOUT_EMAIL=true to hand invitation links over from the screen)';
  }
  return null;
}
