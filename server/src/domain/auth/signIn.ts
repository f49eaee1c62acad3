import type { LoginInput } from '@carehuddle/shared';
import type { UserRecord } from '../../storage/port';
import { DomainError } from '../errors';
import type { Services } from '../services';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { SessionManager } from './sessions';

/** Checks credentials, audits the attempt either way, and starts a session. */
export async function signIn(
  services: Services,
  sessions: SessionManager,
  input: LoginInput,
  ip: string | null,
): Promise<{ token: string; user: UserRecord; sessionId: string }> {
  const user = await services.store.users.findByEmail(input.email.toLowerCase());
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !ok) {
    await services.audit.record({
      actor: user ? { userId: user.id, sessionId: null, ip } : null,
      ip, action: 'E', type: 'auth.login', resourceType: 'Session', outcome: 'denied',
      reason: 'wrong e-mail or password',
    });
    throw new DomainError('unauthenticated', 'Wrong e-mail or password.');
  }
  const { token, session } = await sessions.start(user.id);
  await services.audit.record({
    actor: { userId: user.id, sessionId: session.id, ip },
    action: 'E', type: 'auth.login', resourceType: 'Session', resourceId: session.id, outcome: 'success',
  });
  return { token, user, sessionId: session.id };
}
