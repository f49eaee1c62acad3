/**
 * Message types on the collaboration websocket. 0 (sync) and 1 (awareness)
 * are the y-websocket protocol; ours start at 100 so that a stock client,
 * which never asks for them, never receives them.
 */
export const COLLAB_MESSAGE = {
  sync: 0,
  awareness: 1,
  /**
   * Server → client, only to clients that connect with `acks=1`: a Yjs
   * snapshot (state vector and delete set) of what is durably stored. An edit
   * is saved once the stored snapshot covers it (`isSnapshotCovered`).
   */
  saved: 100,
  /** Server → client: what this connection may do (`{ access: 'read' | 'write' }`), as JSON. */
  access: 101,
} as const;

/** Largest websocket message the collaboration endpoint accepts (bytes). */
export const MAX_COLLAB_MESSAGE_BYTES = 1024 * 1024;
