/**
 * Preloaded into a server process by tests (never by the app): every HTTP
 * server it creates throws, outside any handler, when a request names
 * `/__fault/throw` or `/__fault/reject` — the uncaught errors a bug in a
 * dependency would raise while serving one request.
 */
import http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';

const create = http.createServer;
http.createServer = ((...args: Parameters<typeof create>) => {
  const server = create(...args);
  server.on('connection', (socket) => {
    socket.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (text.includes(' /__fault/throw ')) setImmediate(() => { throw new Error('injected fault'); });
      if (text.includes(' /__fault/reject ')) void Promise.reject(new Error('injected rejection'));
    });
  });
  return server;
}) as typeof create;
syncBuiltinESMExports();
