import {
  ActionItemInputSchema, type ClientToServerEvents, ConferenceRefInputSchema, CreateThreadInputSchema, DecisionInputSchema, EditNoteInputSchema,
  NotesSinceInputSchema, PatientRoomInputSchema, PresentInputSchema, ReplyInputSchema, RetractNoteInputSchema, SetAgendaItemInputSchema,
  SetTimerInputSchema, ThreadRefInputSchema, TypingInputSchema, UnretractNoteInputSchema,
} from '@carehuddle/shared';

/**
 * The schema of every client event. `satisfies` makes the compiler demand an
 * entry for each event of the shared map, and the authorization matrix test
 * reads these names, so an event cannot be added without both.
 */
export const SOCKET_EVENT_SCHEMAS = {
  'patient:join': PatientRoomInputSchema,
  'patient:leave': PatientRoomInputSchema,
  'note:create': CreateThreadInputSchema,
  'note:reply': ReplyInputSchema,
  'note:edit': EditNoteInputSchema,
  'note:retract': RetractNoteInputSchema,
  'note:unretract': UnretractNoteInputSchema,
  'thread:resolve': ThreadRefInputSchema,
  'thread:reopen': ThreadRefInputSchema,
  'thread:markRead': ThreadRefInputSchema,
  'thread:typing': TypingInputSchema,
  'notes:since': NotesSinceInputSchema,
  'conference:join': ConferenceRefInputSchema,
  'conference:leave': ConferenceRefInputSchema,
  'conference:setItem': SetAgendaItemInputSchema,
  'conference:timer': SetTimerInputSchema,
  'conference:present': PresentInputSchema,
  'conference:decision': DecisionInputSchema,
  'conference:actionItem': ActionItemInputSchema,
} satisfies Record<keyof ClientToServerEvents, unknown>;
