import type { ChangePasswordInput } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { DomainError, invalid } from '../errors';
import type { Services } from '../services';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionManager } from './sessions';

type EndReason = 'signed_out' | 'signed_out_everywhere' | 'password_changed' | 'account_disabled';

/**
 * Ends a user's sessions (all, or all but `keep`) and tells every node to
 * close their live connections: the session-ended event crosses nodes.
 */
export async function endSessionsOf(services: Services, sessions: SessionManager, userId: string, reason: EndReason, keep?: string): Promise<number> {
  const ended = await sessions.endAllOf(userId, keep);
  for (const sessionId of ended) services.events.publish({ type: 'session.ended', sessionId, reason });
  return ended.length;
}

/**
 * Changes the signed-in user's password. The current password is required
 * (and throttled like sign-in), so a borrowed session cannot take the account
 * over; every other session ends, this one stays signed in.
 */
export async function changePassword(services: Services, sessions: SessionManager, actor: Actor, input: ChangePasswordInput): Promise<void> {
  const user = await services.store.users.findById(actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Please sign in.');
  sessions.throttle.assertOpen(user.email);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    sessions.throttle.recordFailure(user.email);
    await services.audit.record({ actor, action: 'U', type: 'account.password', resourceType: 'Account', resourceId: user.id, outcome: 'denied', reason: 'wrong current password' });
    throw invalid('currentPassword', 'That is not your current password.');
  }
  sessions.throttle.recordSuccess(user.email);
  if (input.newPassword === input.currentPassword) throw invalid('newPassword', 'Choose a password different from the current one.');
  await services.store.users.setPasswordHash(user.id, await hashPassword(input.newPassword));
  const ended = await endSessionsOf(services, sessions, user.id, 'password_changed', actor.sessionId);
  await services.audit.record({ actor, action: 'U', type: 'account.password', resourceType: 'Account', resourceId: user.id, outcome: 'success', reason: `${ended} other sessions ended` });
}

/** Signs the user out on every device, this one included. */
export async function signOutEverywhere(services: Services, sessions: SessionManager, actor: Actor): Promise<void> {
  const ended = await endSessionsOf(services, sessions, actor.userId, 'signed_out_everywhere');
  await services.audit.record({ actor, action: 'E', type: 'auth.logoutEverywhere', resourceType: 'Session', resourceId: actor.userId, outcome: 'success', reason: `${ended} sessions ended` });
}
