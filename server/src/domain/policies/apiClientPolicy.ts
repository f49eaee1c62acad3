import type { Actor } from '../actor';

/** Connecting systems to the organization's data is an organization admin's decision. */
export function canManageApiClients(actor: Actor): boolean {
  return actor.isAdmin && actor.kind === 'staff';
}
