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

/**
 * Where a caret sits in a rich-text field: a `Y.RelativePosition` as JSON. The
 * editor puts the object itself into presence (absent parts are `null`), other
 * code `Y.relativePositionToJSON` output (absent parts left out); both parse.
 */
const RelativePositionSchema = z.object({
  /** The type the position is in, by its item id. */
  type: ItemRefSchema.nullable().optional(),
  /** The type the position is in, by root name. */
  tname: z.string().max(64).nullable().optional(),
  /** The item the position sticks to. */
  item: ItemRefSchema.nullable().optional(),
  /** Which side of the item the position sticks to. */
  assoc: z.number().int().min(-(2 ** 31)).max(2 ** 31).optional(),
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
