import type { WorkPhoneInput } from '@carehuddle/shared';
import type { UserRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { DomainError, forbidden, invalid } from '../errors';
import type { Services } from '../services';

const STAFF_ONLY = 'Only staff accounts have a work phone. Family members and members are reached through their care coordinator.';

/**
 * Records (or clears, with null) a staff member's work phone; audited. Only
 * staff have one: it is the number the family is given for their coordinator.
 */
export async function storeWorkPhone(services: Services, actor: Actor, user: UserRecord, workPhone: string | null): Promise<UserRecord> {
  if (user.kind !== 'staff') throw invalid('workPhone', STAFF_ONLY);
  await services.store.users.setWorkPhone(user.id, workPhone);
  await services.audit.record({ actor, action: 'U', type: 'account.workPhone', resourceType: 'Account', resourceId: user.id, outcome: 'success' });
  const { workPhone: _previous, ...rest } = user;
  return workPhone === null ? rest : { ...rest, workPhone };
}

/** The signed-in staff member's own account, or 403 for family accounts (they have no work phone to read or set). */
async function ownStaffAccount(services: Services, actor: Actor): Promise<UserRecord> {
  if (actor.kind !== 'staff') throw forbidden(STAFF_ONLY);
  const user = await services.store.users.findById(actor.userId);
  if (!user) throw new DomainError('unauthenticated', 'Please sign in.');
  return user;
}

/** The signed-in staff member's work phone (their account page). */
export async function readOwnWorkPhone(services: Services, actor: Actor): Promise<WorkPhoneInput> {
  return { workPhone: (await ownStaffAccount(services, actor)).workPhone ?? null };
}

/** A staff member sets their own work phone on their account page. */
export async function setOwnWorkPhone(services: Services, actor: Actor, input: WorkPhoneInput): Promise<WorkPhoneInput> {
  const updated = await storeWorkPhone(services, actor, await ownStaffAccount(services, actor), input.workPhone);
  return { workPhone: updated.workPhone ?? null };
}
