import { randomUUID } from 'node:crypto';
import type { CreateStaffUserInput, StaffUser } from '@carehuddle/shared';
import { DuplicateKeyError, type UserRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { hashPassword } from '../auth/passwords';
import { conflict, forbidden } from '../errors';
import { canListStaff, canManageStaff } from '../policies/patientPolicy';
import { ALERTS_AUTHOR_ID } from '../alerts/alertsAuthor';
import type { Services } from '../services';

/** How a staff account leaves the server: no password hash, ever. */
export function presentStaffUser(u: UserRecord): StaffUser {
  return { id: u.id, name: u.name, email: u.email, isAdmin: u.isAdmin, isSupervisor: u.isSupervisor ?? false, disabled: Boolean(u.disabledAt), workPhone: u.workPhone ?? null };
}

/** The staff directory, for picking team members. */
export async function listStaff(services: Services, actor: Actor): Promise<StaffUser[]> {
  if (!canListStaff(actor)) throw forbidden('Only staff can see the staff directory.');
  // The admission alerts' system identity is no one to manage or add to a team.
  return (await services.store.users.listStaff()).filter((u) => u.id !== ALERTS_AUTHOR_ID).map(presentStaffUser);
}

/** Creates a staff account (organization admins only). */
export async function createStaffUser(services: Services, actor: Actor, input: CreateStaffUserInput): Promise<StaffUser> {
  if (!canManageStaff(actor)) throw forbidden('Only organization admins manage staff accounts.');
  const user: UserRecord = {
    id: randomUUID(), email: input.email.toLowerCase(), name: input.name, kind: 'staff', isAdmin: input.isAdmin,
    passwordHash: await hashPassword(input.password), createdAt: services.clock.now().toISOString(),
  };
  try {
    await services.store.users.create(user);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw conflict('An account with this e-mail already exists.');
    throw error;
  }
  await services.audit.record({
    actor, action: 'C', type: 'staff.create', resourceType: 'Practitioner', resourceId: user.id, outcome: 'success',
  });
  return presentStaffUser(user);
}
