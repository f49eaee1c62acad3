import { activeMembership } from '../../domain/consent/sharingPreferences';
import type { DomainEvent } from '../../domain/events';
import { presentThreads } from '../../domain/notes/presentThreads';
import { canSeeThread } from '../../domain/policies/notePolicy';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import { rooms, type NotesServer } from './socketTypes';

/**
 * The one place that turns note events into Socket.IO messages: present the
 * thread once, emit it to the rooms allowed to see it, and notify mentions.
 * With the Redis adapter, these emits reach sockets on every node.
 */
export function noteFanOut(io: NotesServer, services: Services, logger: Logger): (event: DomainEvent) => void {
  const deliver = async (event: Extract<DomainEvent, { type: 'notes.changed' }>) => {
    const thread = await services.store.notes.findThread(event.patientId, event.threadId);
    if (!thread) return;
    const [presented] = await presentThreads(services, [thread], null);
    const { unread: _unread, ...shared } = presented!;
    const targets = thread.visibility === 'family' ? [rooms.team(event.patientId), rooms.family(event.patientId)] : [rooms.team(event.patientId)];
    io.to(targets).emit('note:changed', { patientId: event.patientId, thread: shared });
    for (const userId of event.mentioned) {
      const active = await activeMembership(services, event.patientId, userId);
      if (active && canSeeThread(active.membership, thread.visibility)) io.to(rooms.user(userId)).emit('notification:mention', { patientId: event.patientId, threadId: thread.id, by: event.by });
    }
  };
  return (event) => {
    if (event.type !== 'notes.changed') return;
    deliver(event).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'note fan-out failed'));
  };
}
