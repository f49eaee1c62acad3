import type { ConferenceRecord } from '../../storage/port';
import type { Actor } from '../actor';

/** The chair and the invitees take part in a conference; nobody else learns it exists. */
export function isConferenceMember(actor: Actor, conference: ConferenceRecord): boolean {
  return conference.createdBy === actor.userId || conference.inviteeIds.includes(actor.userId);
}

/** The chair runs the agenda and the timer. */
export function canChair(actor: Actor, conference: ConferenceRecord): boolean {
  return conference.createdBy === actor.userId;
}
