import type { DomainEvent } from '../../domain/events';
import { rooms, type NotesServer } from './socketTypes';

/** "Your notifications changed" reaches the person's own devices only; the signal carries nothing, the list is read over HTTP. */
export function notificationFanOut(io: NotesServer): (event: DomainEvent) => void {
  return (event) => {
    if (event.type === 'notifications.changed') io.to(rooms.user(event.userId)).emit('notifications:changed');
  };
}
