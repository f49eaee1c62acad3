import express, { type RequestHandler } from 'express';
import { sendError } from './middleware/errorHandler';

/**
 * Reads a file upload's body as bytes, whatever type the browser claimed (the
 * type is decided from the content later). A body over the limit is refused
 * from its Content-Length before it is read, with a sentence for the person.
 */
export function rawBodyReader(options: { limit: number; tooLarge: string }): RequestHandler {
  const parse = express.raw({ type: () => true, limit: options.limit });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (error && typeof error === 'object' && 'type' in error && error.type === 'entity.too.large') {
        return sendError(res, 'payload_too_large', options.tooLarge, [{ path: 'body', message: options.tooLarge }]);
      }
      next(error);
    });
  };
}
