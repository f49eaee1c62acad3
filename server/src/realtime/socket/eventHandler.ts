import { fieldErrorsOf, type ErrorCode, type FieldError } from '@carehuddle/shared';
import type { z } from 'zod';
import type { AuditTrail } from '../../domain/audit/auditTrail';
import { DomainError } from '../../domain/errors';
import type { Logger } from '../../logger';
import type { TokenBucket } from '../tokenBucket';
import type { NotesSocket } from './socketTypes';

type AckFn = (answer: unknown) => void;
type ErrorAnswer = { error: { code: ErrorCode; message: string; fields?: FieldError[] } };

const fail = (code: ErrorCode, message: string, fields?: FieldError[]): ErrorAnswer => ({ error: { code, message, ...(fields ? { fields } : {}) } });

/**
 * Wraps one event: rate limit → parse with the shared schema → command →
 * ack `{ ok: true, ... }` or `{ error: { code, message, fields? } }`. A missing
 * ack function is tolerated; nothing ever throws out of a handler.
 */
export function eventHandler<S extends z.ZodType, R extends object>(
  socket: NotesSocket,
  deps: { audit: AuditTrail; logger: Logger; bucket: TokenBucket },
  event: string,
  schema: S,
  run: (input: z.output<S>) => Promise<R>,
): (payload: unknown, ack?: unknown) => void {
  return (payload, ack) => {
    const reply: AckFn = typeof ack === 'function' ? (ack as AckFn) : () => undefined;
    if (!deps.bucket.take()) return reply(fail('rate_limited', 'Too many messages; slow down.'));
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      void deps.audit.record({ actor: socket.data.actor, action: 'E', type: event, resourceType: 'SocketEvent', outcome: 'invalid', reason: 'invalid input' })
        .catch(() => undefined);
      return reply(fail('validation_failed', 'Some fields are not valid.', fieldErrorsOf(parsed.error)));
    }
    run(parsed.data).then(
      (result) => reply({ ok: true, ...result }),
      (error: unknown) => {
        if (error instanceof DomainError) return reply(fail(error.code, error.message, error.fields));
        deps.logger.error({ event, err: error instanceof Error ? error.message : String(error) }, 'socket event failed');
        reply(fail('internal', 'Something went wrong on our side.'));
      },
    );
  };
}
