import { z } from 'zod';

/**
 * A client-chosen key that makes a resend safe: the server stores what it names
 * once and answers a repeat with the first result (notes over Socket.IO, task
 * actions and tracking steps over HTTP). Bounded so that keys cost little to keep.
 */
export const IdempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'The idempotency key must be 8 to 64 letters, digits, _ or -.');

/** The HTTP header that carries an action's idempotency key (the IETF draft's name). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
