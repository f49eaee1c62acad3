import { describe, expect, it } from 'vitest';
import { productionProblem, weakSecretReason } from './productionChecks';

describe('production session secrets', () => {
  it('refuses published defaults, placeholders and secrets that are not random', () => {
    for (const secret of [
      'please-set-a-real-secret-of-32-characters-or-more',
      'change-me-to-a-long-random-string-of-at-least-32-chars',
      'test-secret-that-is-long-enough-0123456789',
      'process-test-secret-0123456789abcdef',
      'my-placeholder-session-secret-value-xyz',
      'CHANGEME-CHANGEME-CHANGEME-CHANGEME',
      'a'.repeat(64),
      '12345678901234567890123456789012',
      'abababababababababababababababab',
    ]) expect(weakSecretReason(secret), secret).not.toBeNull();
  });

  it('accepts what `openssl rand -hex 32` and `-base64 32` make', () => {
    expect(weakSecretReason('9f2c4e81a7b35d06c1e8f47a2b9d3c5e7a1f0b4d8c2e6a9f3b7d1c5e0a4f8b2d')).toBeNull();
    expect(weakSecretReason('q3J8w0fZ+Kd7nV2xYp1LmT9sR4uA6bC5eG8hI0jK2lM=')).toBeNull();
  });

  it('names the first problem of a production configuration', () => {
    const good = '9f2c4e81a7b35d06c1e8f47a2b9d3c5e7a1f0b4d8c2e6a9f3b7d1c5e0a4f8b2d';
    expect(productionProblem({ sessionSecret: undefined, smtpUrl: undefined, invitationsWithoutEmail: false })).toMatch(/SESSION_SECRET is required/);
    expect(productionProblem({ sessionSecret: good, smtpUrl: undefined, invitationsWithoutEmail: false })).toMatch(/SMTP_URL is required/);
    expect(productionProblem({ sessionSecret: good, smtpUrl: undefined, invitationsWithoutEmail: true })).toBeNull();
    expect(productionProblem({ sessionSecret: good, smtpUrl: 'smtps://mail.example.org', invitationsWithoutEmail: false })).toBeNull();
  });
});
