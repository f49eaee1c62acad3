import { createHash, randomBytes } from 'node:crypto';

/**
 * A new bearer token: 32 random bytes, base64url. Its SHA-256 is what is
 * stored; a plain hash (no key) suffices because the token itself carries 256
 * bits of entropy, so the hash cannot be reversed by guessing.
 */
export function newApiToken(): { token: string; tokenHash: string } {
  const token = `chf_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token) };
}

/** The stored form of a token. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
