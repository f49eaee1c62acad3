import type { StaffUser, UpdateAccountInput } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { endSessionsOf } from '../auth/accountCommands';
import type { SessionManager } from '../auth/sessions';
import { conflict, forbidden, notFound } from '../errors';
import { withdrawInvitationsOf } from '../invitations/withdrawInvitations';
import { canManageStaff } from '../policies/patientPolicy';
import type { Services } from '../services';
import { presentStaffUser } from './staffCommands';

/**
 * Disables or re-enables an account (organization admins only). Disabling
 * ends every session and live connection of the account on every node and
 * withdraws the invitations it sent; an admin cannot disable themselves, so
 * the organization is never left without one by accident.
 */
export async function updateAccount(services: Services, sessions: SessionManager, actor: Actor, userId: string, input: UpdateAccountInput): Promise<StaffUser> {
  if (!canManageStaff(actor)) {
    await services.audit.record({ actor, action: 'U', type: 'account.status', resourceType: 'Account', resourceId: userId, outcome: 'denied', reason: 'only admins manage accounts' });
    throw forbidden('Only organization admins manage accounts.');
  }
  const user = await services.store.users.findById(userId);
  if (!user) throw notFound('Account');
  if (input.disabled && user.id === actor.userId) throw conflict('You cannot disable your own account.');
  const disabledAt = input.disabled ? (user.disabledAt ?? services.clock.now().toISOString()) : null;
  await services.store.users.setDisabled(user.id, disabledAt);
  let ended = 0;
  let withdrawn = 0;
  if (input.disabled) {
    ended = await endSessionsOf(services, sessions, user.id, 'account_disabled');
    withdrawn = await withdrawInvitationsOf(services, actor, user.id, null, 'the inviter\'s account was disabled');
  }
  await services.audit.record({
    actor, action: 'U', type: input.disabled ? 'account.disable' : 'account.enable', resourceType: 'Account', resourceId: user.id, outcome: 'success',
    reason: input.disabled ? `${ended} sessions ended, ${withdrawn} invitations withdrawn` : undefined,
  });
  return presentStaffUser({ ...user, disabledAt });
}
