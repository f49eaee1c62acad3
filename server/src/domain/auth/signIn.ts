import type { LoginInput } from '@carehuddle/shared';
import type { UserRecord } from '../../storage/port';
import { DomainError } from '../errors';
import type { Services } from '../services';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { SessionManager } from './sessions';

/** The one refusal for an unknown address, a wrong password and a disabled account, so none can be told apart. */
const REFUSED = 'Wrong e-mail or password.';

/**
 * Checks credentials, audits the attempt either way, and starts a session.
 * A locked account is refused before its password is checked, so guesses
 * spread over many addresses stop working too.
 */
export async function signIn(
  services: Services,
  sessions: SessionManager,
  input: LoginInput,
  ip: string | null,
): Promise<{ token: string; user: UserRecord; sessionId: string }> {
  try {
    sessions.throttle.assertOpen(input.email);
  } catch (error) {
    await services.audit.record({ actor: null, ip, action: 'E', type: 'auth.login', resourceType: 'Session', outcome: 'denied', reason: 'account locked after failed attempts' });
    throw error;
  }
  const user = await services.store.users.findByEmail(input.email.toLowerCase());
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok || user.disabledAt) {
    // A right password for a disabled account does not count as a failure: it is not a guess.
    if (!user || !ok) sessions.throttle.recordFailure(input.email);
    await services.audit.record({
      actor: user ? { userId: user.id, sessionId: null, ip } : null,
      ip, action: 'E', type: 'auth.login', resourceType: 'Session', outcome: 'denied',
      reason: user && ok ? 'account disabled' : 'wrong e-mail or password',
    });
    throw new DomainError('unauthenticated', REFUSED);
  }
  sessions.throttle.recordSuccess(input.email);
  const { token, session } = await sessions.start(user.id);
  await services.audit.record({
    actor: { userId: user.id, sessionId: session.id, ip },
    action: 'E', type: 'auth.login', resourceType: 'Session', resourceId: session.id, outcome: 'success',
  });
  return { token, user, sessionId: session.id };
}
