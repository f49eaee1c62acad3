import type { ErrorCode, FieldError } from '../schemas/errors';
import type { Conference } from '../schemas/conferences';
import type {
  CreateThreadInput, EditNoteInput, NoteChanges, NotesSinceInput, PatientRoomInput, ReplyInput, RetractNoteInput, Thread,
  ThreadRefInput, TypingInput, UnretractNoteInput,
} from '../schemas/notes';

/** What every acknowledgement carries: a result, or the one error shape. */
export type Ack<T> = (answer: ({ ok: true } & T) | { error: { code: ErrorCode; message: string; fields?: FieldError[] } }) => void;

/** Client → server events; every payload is parsed with the schema of the same name on the server. */
export interface ClientToServerEvents {
  'patient:join': (input: PatientRoomInput, ack: Ack<{ latest: number }>) => void;
  'patient:leave': (input: PatientRoomInput, ack: Ack<object>) => void;
  'note:create': (input: CreateThreadInput, ack: Ack<{ thread: Thread }>) => void;
  'note:reply': (input: ReplyInput, ack: Ack<{ thread: Thread }>) => void;
  'note:edit': (input: EditNoteInput, ack: Ack<{ thread: Thread }>) => void;
  'note:retract': (input: RetractNoteInput, ack: Ack<{ thread: Thread }>) => void;
  'note:unretract': (input: UnretractNoteInput, ack: Ack<{ thread: Thread }>) => void;
  'thread:resolve': (input: ThreadRefInput, ack: Ack<{ thread: Thread }>) => void;
  'thread:reopen': (input: ThreadRefInput, ack: Ack<{ thread: Thread }>) => void;
  'thread:markRead': (input: ThreadRefInput, ack: Ack<object>) => void;
  'thread:typing': (input: TypingInput, ack: Ack<object>) => void;
  'notes:since': (input: NotesSinceInput, ack: Ack<NoteChanges>) => void;
  'conference:join': (input: { conferenceId: string }, ack: Ack<{ conference: Conference }>) => void;
  'conference:leave': (input: { conferenceId: string }, ack: Ack<object>) => void;
  'conference:setItem': (input: { conferenceId: string; agendaItemId: string }, ack: Ack<{ conference: Conference }>) => void;
  'conference:timer': (input: { conferenceId: string; minutes: number | null }, ack: Ack<{ conference: Conference }>) => void;
  'conference:present': (input: { conferenceId: string; patientId: string | null; section: string | null }, ack: Ack<{ conference: Conference }>) => void;
  'conference:decision': (input: { conferenceId: string; agendaItemId: string; text: string }, ack: Ack<{ conference: Conference }>) => void;
  'conference:actionItem': (input: { conferenceId: string; agendaItemId: string; title: string; ownerId: string; dueDate: string }, ack: Ack<{ conference: Conference }>) => void;
}

/** A change to a thread, as everyone allowed to see it receives it. */
export interface NoteChangedEvent {
  patientId: string;
  thread: Omit<Thread, 'unread'>;
}

/** You were mentioned in a note: who, about which patient, and the thread to open. */
export interface MentionNotification {
  patientId: string;
  threadId: string;
  /** User id of the author. */
  by: string;
  /** The author's name, as the team sees it. */
  byName: string;
  /** The patient the thread is about. */
  patientName: string;
}

/** Server → client events. */
export interface ServerToClientEvents {
  'note:changed': (event: NoteChangedEvent) => void;
  'notification:mention': (event: MentionNotification) => void;
  'thread:typing': (event: { patientId: string; threadId: string; userId: string; name: string; typing: boolean }) => void;
  'session:ended': (event: { reason: string }) => void;
  'conference:state': (event: { conference: Conference }) => void;
  'conference:attendees': (event: { conferenceId: string; attendees: Array<{ userId: string; name: string }> }) => void;
  /** Your access to a patient was withdrawn (consent revoked, removed from the team): you left its rooms. */
  'patient:accessRevoked': (event: { patientId: string }) => void;
  /** A new consent version is in force for a patient whose team room you are in (the member's own choice too): fetch consent again. */
  'consent:changed': (event: { patientId: string }) => void;
  /** Something that affects the worklist changed for a patient on your team: fetch it again. */
  'worklist:changed': (event: { patientId: string }) => void;
  /** A task was assigned or handed to you (its note is read with the task, through HTTP): fetch your tasks again. */
  'task:assigned': (event: { patientId: string; taskId: string }) => void;
  /** A supervisor made you the lead coordinator of these members: fetch your patients again. */
  'caseload:assigned': (event: { patientIds: string[] }) => void;
  /**
   * A medication reconciliation of a patient on your team changed: fetch it again. A signal without
   * clinical content, so the read goes through the HTTP route (policy and audit) like any other.
   */
  'reconciliation:changed': (event: { patientId: string; reconciliationId: string }) => void;
  /** The member approved a signed version of their plan: fetch the versions again (a signal without content). */
  'plan:approved': (event: { patientId: string; versionId: string }) => void;
  /** A member on your team was admitted or discharged (an admission alert): fetch the patient again. No clinical content. */
  'transition:alert': (event: { patientId: string; event: 'admit' | 'discharge' | 'ed_registration' }) => void;
  /** Your notification center changed (a new one, or read elsewhere): fetch it again. A signal without content. */
  'notifications:changed': () => void;
}

/** Largest Socket.IO message the server accepts (bytes): a full-length note with room to spare. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;
