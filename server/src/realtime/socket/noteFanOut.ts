import { activeMembership, currentPreferences } from '../../domain/consent/sharingPreferences';
import type { DomainEvent } from '../../domain/events';
import { presentThreads } from '../../domain/notes/presentThreads';
import { canReadThread } from '../../domain/policies/notePolicy';
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
    const payload = { patientId: event.patientId, thread: shared };
    const targets = thread.visibility === 'family' ? [rooms.team(event.patientId), rooms.family(event.patientId)] : [rooms.team(event.patientId)];
    const readable = (active: Awaited<ReturnType<typeof activeMembership>>) =>
      active !== null && canReadThread(active.membership, active.preferences, { visibility: thread.visibility, anchor: shared.anchor });
    if (shared.anchor.kind === 'planItem' && shared.anchor.audience !== 'shared') {
      // About a clinical or restricted item: only the sockets of people who may read that document, checked one by one.
      const [team, preferences] = await Promise.all([services.store.careTeams.listForPatient(event.patientId), currentPreferences(services, event.patientId)]);
      const allowed = new Set(team.filter((membership) => readable({ membership, preferences })).map((m) => m.userId));
      for (const socket of await io.in(targets).fetchSockets()) if (allowed.has(socket.data.actor.userId)) socket.emit('note:changed', payload);
    } else {
      io.to(targets).emit('note:changed', payload);
    }
    for (const userId of event.mentioned) {
      if (readable(await activeMembership(services, event.patientId, userId))) io.to(rooms.user(userId)).emit('notification:mention', { patientId: event.patientId, threadId: thread.id, by: event.by });
    }
  };
  return (event) => {
    if (event.type !== 'notes.changed') return;
    deliver(event).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'note fan-out failed'));
  };
}
