import type { ConferenceRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { forbidden, notFound } from '../errors';
import { canChair, isConferenceMember } from '../policies/conferencePolicy';
import type { Services } from '../services';

/** A conference the user takes part in; anyone else gets "not found", audited. */
export async function requireConference(services: Services, actor: Actor, conferenceId: string, type: string): Promise<ConferenceRecord> {
  const conference = await services.store.conferences.find(conferenceId);
  if (!conference || !isConferenceMember(actor, conference)) {
    await services.audit.record({ actor, action: 'R', type, resourceType: 'Encounter', resourceId: conferenceId, outcome: 'denied', reason: 'not invited' });
    throw notFound('Conference');
  }
  return conference;
}

/** As above, and the user chairs it. */
export async function requireChair(services: Services, actor: Actor, conferenceId: string, type: string): Promise<ConferenceRecord> {
  const conference = await requireConference(services, actor, conferenceId, type);
  if (!canChair(actor, conference)) throw forbidden('Only the chair runs the agenda and the timer.');
  return conference;
}
