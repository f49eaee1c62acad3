import type { ErrorCode, FieldError } from '../schemas/errors';
import type {
  CreateThreadInput, EditNoteInput, NoteChanges, NotesSinceInput, PatientRoomInput, ReplyInput, RetractNoteInput, Thread,
  ThreadRefInput, TypingInput,
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
  'thread:resolve': (input: ThreadRefInput, ack: Ack<{ thread: Thread }>) => void;
  'thread:reopen': (input: ThreadRefInput, ack: Ack<{ thread: Thread }>) => void;
  'thread:markRead': (input: ThreadRefInput, ack: Ack<object>) => void;
  'thread:typing': (input: TypingInput, ack: Ack<object>) => void;
  'notes:since': (input: NotesSinceInput, ack: Ack<NoteChanges>) => void;
}

/** A change to a thread, as everyone allowed to see it receives it. */
export interface NoteChangedEvent {
  patientId: string;
  thread: Omit<Thread, 'unread'>;
}

/** Server → client events. */
export interface ServerToClientEvents {
  'note:changed': (event: NoteChangedEvent) => void;
  'notification:mention': (event: { patientId: string; threadId: string; by: string }) => void;
  'thread:typing': (event: { patientId: string; threadId: string; userId: string; name: string; typing: boolean }) => void;
  'session:ended': (event: { reason: string }) => void;
}

/** Largest Socket.IO message the server accepts (bytes): a full-length note with room to spare. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;
