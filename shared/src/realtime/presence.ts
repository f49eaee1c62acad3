import { z } from 'zod';

/** Largest presence state the server accepts from one client, as JSON (bytes). */
export const MAX_PRESENCE_STATE_BYTES = 2048;

/** A Yjs item id inside a relative position. */
const ItemRefSchema = z.object({
  /** Yjs client id. */
  client: z.number().int().nonnegative().max(2 ** 53),
  /** Clock of the item. */
  clock: z.number().int().nonnegative().max(2 ** 53),
}).strict();

/** `Y.relativePositionToJSON` output: where a caret sits in a rich-text field. */
const RelativePositionSchema = z.object({
  /** The type the position is in, by its item id. */
  type: ItemRefSchema.optional(),
  /** The type the position is in, by root name. */
  tname: z.string().max(64).optional(),
  /** The item the position sticks to. */
  item: ItemRefSchema.optional(),
  /** Which side of the item the position sticks to. */
  assoc: z.number().int().min(-1).max(1).optional(),
}).strict();

/**
 * What a client may put in its presence (awareness) state: exactly the fields
 * the app reads. Anything else is refused, and the server relays only these
 * fields plus the identity it stamps itself.
 */
export const PresenceStateSchema = z.object({
  /** Ignored: the server replaces it with the session's identity (the editor's caret extension sets it). */
  user: z.unknown().optional(),
  /** The plan section the person is looking at. */
  section: z.string().max(64).nullable().optional(),
  /** Whether the person has been inactive for a while. */
  idle: z.boolean().optional(),
  /** Caret and selection in a rich-text field (y-prosemirror's `cursor` field). */
  cursor: z.object({ anchor: RelativePositionSchema, head: RelativePositionSchema }).strict().nullable().optional(),
}).strict();
/** A client's presence state as the server accepts it. */
export type PresenceState = z.infer<typeof PresenceStateSchema>;
