import type { ClientToServerEvents, ServerToClientEvents } from '@carehuddle/shared';
import type { Server, Socket } from 'socket.io';
import type { Actor } from '../../domain/actor';

/** Per-socket data set by the handshake: who this is, from the session, never from a payload. */
export interface SocketData {
  actor: Actor;
}

/** The typed Socket.IO server. */
export type NotesServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
/** A typed socket. */
export type NotesSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Room names: a patient's team, the family side of a patient, one user's devices. */
export const rooms = {
  team: (patientId: string) => `patient:${patientId}:team`,
  family: (patientId: string) => `patient:${patientId}:family`,
  user: (userId: string) => `user:${userId}`,
  conference: (conferenceId: string) => `conference:${conferenceId}`,
  /** The conference id of a conference room's name, or null for any other room. */
  conferenceIdOf: (room: string): string | null => (room.startsWith('conference:') ? room.slice('conference:'.length) : null),
  /** Worklist change signals (no patient data) for staff on a patient's team. */
  worklist: (patientId: string) => `worklist:${patientId}`,
};
