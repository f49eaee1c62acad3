import { activeMembership } from '../../domain/consent/sharingPreferences';
import { planDocumentAccess } from '../../domain/policies/planDocumentPolicy';
import { screeningDocumentAccess } from '../../domain/policies/screeningPolicy';
import type { Services } from '../../domain/services';
import { closeWith, type CollabConnection } from './collabConnection';

/**
 * After a team or consent change, asks the gate's question again for every
 * open connection to the patient's documents, and closes (4410) those that may
 * no longer read, or may now only read what they were writing. A reconnect
 * then meets the gate, which refuses or admits read-only.
 */
export async function closeWithdrawn(services: Services, connections: Iterable<CollabConnection>, patientId: string): Promise<void> {
  const verdicts = new Map<string, Promise<Awaited<ReturnType<typeof activeMembership>>>>();
  for (const conn of [...connections]) {
    const parsed = conn.room.plan;
    const screening = conn.room.screening;
    if ((parsed ?? screening)?.patientId !== patientId) continue;
    let active = verdicts.get(conn.actor.userId);
    if (!active) verdicts.set(conn.actor.userId, active = activeMembership(services, patientId, conn.actor.userId));
    const resolved = await active;
    const access = !resolved ? 'none' : parsed ? planDocumentAccess(resolved.membership, parsed.audience, resolved.preferences) : screeningDocumentAccess(resolved.membership, resolved.preferences);
    if (access === 'none' || (conn.access === 'write' && access !== 'write')) closeWith(conn.ws, 'accessRevoked');
  }
}
