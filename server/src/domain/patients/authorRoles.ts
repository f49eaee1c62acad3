import type { AuthorRole } from '@carehuddle/shared';
import type { UserRecord } from '../../storage/port';
import { ALERTS_AUTHOR_ID } from '../alerts/alertsAuthor';
import type { Services } from '../services';

/**
 * The badge for each author of a patient's notes or edits: their role on the
 * patient's team, or, for people who have left it, staff or family by account.
 */
export async function authorRolesFor(services: Services, patientId: string, users: readonly UserRecord[]): Promise<Map<string, AuthorRole>> {
  const team = await services.store.careTeams.listForPatient(patientId);
  const roles = new Map(team.map((m) => [m.userId, m.role]));
  return new Map(users.map((u) => [u.id, u.id === ALERTS_AUTHOR_ID ? 'system' : roles.get(u.id) ?? (u.kind === 'staff' ? 'former_staff' : 'former_family')]));
}

/** The badge for an author no longer in the store at all. */
export const UNKNOWN_AUTHOR_ROLE: AuthorRole = 'former_staff';
