import type { Store } from '../../storage/port';
import { DuplicateKeyError } from '../../storage/port';
import type { AuditEntry } from '../audit/auditTrail';

/**
 * The system identity that writes what alerts cause (the huddle note, the
 * tracked transition, their audit records). It is a disabled account with no
 * password, so nobody can sign in as it; it is left out of the staff list.
 */
export const ALERTS_AUTHOR_ID = 'system-admission-alerts';
/** How notes and the trail name it. */
export const ALERTS_AUTHOR_NAME = 'Admission alerts';

/** Creates the system identity once per store (idempotent: a second node finds it made). */
export async function ensureAlertsAuthor(store: Store, at: string): Promise<void> {
  if (await store.users.findById(ALERTS_AUTHOR_ID)) return;
  try {
    await store.users.create({
      id: ALERTS_AUTHOR_ID, email: 'admission-alerts@system.carehuddle.invalid', name: ALERTS_AUTHOR_NAME, kind: 'staff', isAdmin: false,
      passwordHash: '!no-password', createdAt: at, disabledAt: at,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
}

/** The audit actor for what an interface did: the system identity, from the sender's address. */
export function alertsActor(ip: string | null): NonNullable<AuditEntry['actor']> {
  return { userId: ALERTS_AUTHOR_ID, sessionId: null, ip };
}
