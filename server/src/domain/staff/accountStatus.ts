import type { StaffUser, UpdateAccountInput } from '@carehuddle/shared';
import type { UserRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { endSessionsOf } from '../auth/accountCommands';
import type { SessionManager } from '../auth/sessions';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { withdrawInvitationsOf } from '../invitations/withdrawInvitations';
import { canManageStaff } from '../policies/patientPolicy';
import type { Services } from '../services';
import { presentStaffUser } from './staffCommands';
import { storeWorkPhone } from './workPhone';

/**
 * Disables or re-enables an account, makes it a program supervisor or not, or
 * sets a staff account's work phone (organization admins only). Disabling
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
  let updated = user;
  if (input.isSupervisor !== undefined) updated = await setSupervisor(services, actor, updated, input.isSupervisor);
  if (input.workPhone !== undefined) updated = await storeWorkPhone(services, actor, updated, input.workPhone);
  if (input.disabled !== undefined) updated = await setDisabled(services, sessions, actor, updated, input.disabled);
  return presentStaffUser(updated);
}

/** Makes a staff account a program supervisor or not (docs/caseloads.md); audited. */
async function setSupervisor(services: Services, actor: Actor, user: UserRecord, isSupervisor: boolean): Promise<UserRecord> {
  if (isSupervisor && user.kind !== 'staff') throw invalid('isSupervisor', 'Only staff accounts can supervise the program.');
  await services.store.users.setSupervisor(user.id, isSupervisor);
  await services.audit.record({
    actor, action: 'U', type: isSupervisor ? 'account.supervisor.grant' : 'account.supervisor.revoke', resourceType: 'Account', resourceId: user.id, outcome: 'success',
  });
  return { ...user, isSupervisor };
}

/** Disables (ending its sessions and withdrawing its invitations) or re-enables an account. */
async function setDisabled(services: Services, sessions: SessionManager, actor: Actor, user: UserRecord, disabled: boolean): Promise<UserRecord> {
  if (disabled && user.id === actor.userId) throw conflict('You cannot disable your own account.');
  const disabledAt = disabled ? (user.disabledAt ?? services.clock.now().toISOString()) : null;
  await services.store.users.setDisabled(user.id, disabledAt);
  let ended = 0;
  let withdrawn = 0;
  if (disabled) {
    ended = await endSessionsOf(services, sessions, user.id, 'account_disabled');
    withdrawn = await withdrawInvitationsOf(services, actor, user.id, null, 'the inviter\'s account was disabled');
  }
  await services.audit.record({
    actor, action: 'U', type: disabled ? 'account.disable' : 'account.enable', resourceType: 'Account', resourceId: user.id, outcome: 'success',
    reason: disabled ? `${ended} sessions ended, ${withdrawn} invitations withdrawn` : undefined,
  });
  return { ...user, disabledAt };
}
