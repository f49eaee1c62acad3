/**
 * Websocket close codes (4000–4999 are for applications) with the reasons
 * sent beside them, so that any client, even an old one, can tell the user why.
 */
export const CLOSE_CODES = {
  /** The session is missing, expired or signed out. */
  unauthenticated: 4401,
  /** The user may not open this document (off the team, role, consent). */
  forbidden: 4403,
  /** No such document name. */
  notFound: 4404,
  /** A message was larger than the server accepts. */
  messageTooLarge: 4413,
  /** Too many messages in a short time. */
  rateLimited: 4429,
  /** The session or user already has as many live connections as the server allows. */
  tooManyConnections: 4409,
  /** A message or update could not be decoded. */
  badMessage: 4400,
  /** The user may read but tried to write. */
  readOnly: 4405,
  /** The client speaks an older protocol version. */
  protocolMismatch: 4426,
  /** Access was withdrawn while connected (removed from team, consent revoked). */
  accessRevoked: 4410,
  /** The server is shutting down; reconnect shortly. */
  serverShutdown: 4503,
  /** The server could not store an update; nothing of it was kept. */
  storageFailed: 4500,
} as const;

/** Names of the close codes. */
export type CloseReason = keyof typeof CLOSE_CODES;

/** Finds the reason name for a close code, if it is one of ours. */
export function closeReasonOf(code: number): CloseReason | null {
  for (const [name, value] of Object.entries(CLOSE_CODES)) if (value === code) return name as CloseReason;
  return null;
}

/** Version of the realtime protocol; a client sends it as the `v` query parameter. */
export const REALTIME_PROTOCOL_VERSION = 1;
