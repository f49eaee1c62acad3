import { activeMembership } from '../../domain/consent/sharingPreferences';
import type { DomainEvent } from '../../domain/events';
import { presentThreads } from '../../domain/notes/presentThreads';
import { canReadThread } from '../../domain/policies/notePolicy';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import { rooms, type NotesServer } from './socketTypes';
import { emitToThreadReaders } from './threadReaders';

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
    await emitToThreadReaders(io, services, event.patientId, shared, 'note:changed', { patientId: event.patientId, thread: shared });
    const readable = (active: Awaited<ReturnType<typeof activeMembership>>) =>
      active !== null && canReadThread(active.membership, active.preferences, shared);
    const mentioned: string[] = [];
    for (const userId of new Set(event.mentioned)) {
      if (userId !== event.by && readable(await activeMembership(services, event.patientId, userId))) mentioned.push(userId);
    }
    if (mentioned.length === 0) return;
    const [author, patient] = await Promise.all([services.store.users.findById(event.by), services.store.patients.findById(event.patientId)]);
    const notification = { patientId: event.patientId, threadId: thread.id, by: event.by, byName: author?.name ?? 'A team member', patientName: patient?.name ?? 'a patient' };
    for (const userId of mentioned) io.to(rooms.user(userId)).emit('notification:mention', notification);
  };
  return (event) => {
    if (event.type !== 'notes.changed') return;
    deliver(event).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'note fan-out failed'));
  };
}
