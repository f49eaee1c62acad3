import { recordConferencesShown } from '../../domain/audit/patientsShown';
import { presentConference } from '../../domain/conferences/presentConference';
import type { DomainEvent } from '../../domain/events';
import type { Services } from '../../domain/services';
import type { Logger } from '../../logger';
import { rooms, type NotesServer } from './socketTypes';

/**
 * A conference's live state, presented for each person in its room (they are
 * all members: joining checked that), so a section name is only sent to
 * those who may read it. Every tab of one person gets the same presentation,
 * and each person's view is audited per agenda patient before it is sent (if
 * the trail is down, nothing is sent).
 */
export function conferenceFanOut(io: NotesServer, services: Services, logger: Logger): (event: DomainEvent) => void {
  const send = async (conferenceId: string) => {
    const record = await services.store.conferences.find(conferenceId);
    if (!record) return;
    const byViewer = new Map<string, ReturnType<typeof presentConference>>();
    for (const socket of await io.in(rooms.conference(conferenceId)).fetchSockets()) {
      const viewerId = socket.data.actor.userId;
      if (!byViewer.has(viewerId)) {
        byViewer.set(viewerId, recordConferencesShown(services, socket.data.actor, [record], 'conference.state')
          .then(() => presentConference(services, record, viewerId)));
      }
      socket.emit('conference:state', { conference: await byViewer.get(viewerId)! });
    }
  };
  return (event) => {
    if (event.type !== 'conference.changed') return;
    send(event.conferenceId).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'conference fan-out failed'));
  };
}
