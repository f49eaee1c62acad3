import { MAX_SOCKET_MESSAGE_BYTES } from '@carehuddle/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { Feature, FeatureContext } from '../../app/feature';
import { isFamilySide } from '../../domain/policies/notePolicy';
import { actorFromCookie } from '../../http/sessionCookie';
import { ConnectionCaps } from '../connectionCaps';
import { TokenBucket } from '../tokenBucket';
import { registerConferenceHandlers } from './conferenceHandlers';
import { conferenceFanOut } from './conferenceFanOut';
import { conferenceRoutes } from './conferenceRoutes';
import { noteRoutes } from './noteRoutes';
import { noteFanOut } from './noteFanOut';
import { reconciliationFanOut } from './reconciliationFanOut';
import { accessFanOut } from './accessFanOut';
import { worklistFanOut } from './worklistFanOut';
import { notificationFanOut } from './notificationFanOut';
import { registerNoteHandlers } from './noteHandlers';
import { rooms, type NotesServer } from './socketTypes';

const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** Handshake refusals carry a code the client can act on. */
function refusal(code: 'unauthenticated' | 'bad_origin' | 'too_many_connections', message: string): Error & { data: { code: string } } {
  return Object.assign(new Error(message), { data: { code } });
}

/** Socket.IO on the app's HTTP server: huddle notes, typing, mentions; Redis shares rooms between nodes. */
export function socketFeature(): Feature {
  return (ctx: FeatureContext) => {
    const { services, sessions, logger } = ctx;
    const io: NotesServer = new Server(ctx.httpServer, {
      path: '/socket.io',
      serveClient: false,
      // Every client of ours speaks websocket (the plan needs websockets anyway); long-polling would be attack surface only.
      transports: ['websocket'],
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      // Another upgrade handler serves /collab on this server: do not destroy upgrades that are not ours.
      destroyUpgrade: false,
      // Cross-site websocket hijacking: only the app's own pages may connect.
      allowRequest: (req, callback) => callback(null, ctx.isOwnOrigin(req.headers.origin)),
    });
    const redis = ctx.redisUrl ? [new Redis(ctx.redisUrl), new Redis(ctx.redisUrl)] as const : null;
    if (redis) {
      for (const r of redis) r.on('error', (error: Error) => logger.warn({ err: error.message }, 'socket.io redis error'));
      io.adapter(createAdapter(redis[0], redis[1], { key: 'carehuddle:socket.io' }));
    }

    // A tab holds one socket: 16 per session, 32 per user (several devices) is far beyond honest use.
    const caps = new ConnectionCaps(ctx.tuning.socket?.connectionsPerSession ?? 16, ctx.tuning.socket?.connectionsPerUser ?? 32);
    io.use((socket, next) => {
      if (!ctx.isOwnOrigin(socket.handshake.headers.origin)) return next(refusal('bad_origin', 'Cross-site connection refused.'));
      actorFromCookie(sessions, socket.handshake.headers.cookie, socket.handshake.address).then(async (actor) => {
        if (!actor) return next(refusal('unauthenticated', 'Please sign in.'));
        socket.data.actor = actor;
        // Joined before the client hears "connect": its own rooms, and the worklist signals of every team it is on.
        const memberships = await services.store.careTeams.listForUser(actor.userId);
        await socket.join([
          rooms.user(actor.userId), sessionRoom(actor.sessionId),
          ...memberships.filter((m) => !isFamilySide(m.role)).map((m) => rooms.worklist(m.patientId)),
        ]);
        // The transport may have gone while we awaited: nothing to count then.
        if (socket.conn.readyState !== 'open') return next(refusal('unauthenticated', 'Please sign in.'));
        const release = caps.tryOpen(actor);
        if (!release) return next(refusal('too_many_connections', 'Too many open connections; close other tabs and try again.'));
        // Given back when the transport closes, however the socket ends.
        socket.conn.once('close', release);
        next();
      }).catch(() => next(refusal('unauthenticated', 'Please sign in.')));
    });

    io.on('connection', (socket) => {
      socket.on('error', (error) => logger.warn({ err: error.message }, 'socket error'));

      // One budget per socket for all its events.
      const bucket = new TokenBucket(ctx.tuning.socket?.eventsBurst ?? 60, ctx.tuning.socket?.eventsPerSecond ?? 20);
      registerNoteHandlers(socket, io, services, logger, bucket);
      registerConferenceHandlers(socket, io, services, logger, bucket);
    });

    const fanOut = noteFanOut(io, services, logger);
    const reconciliations = reconciliationFanOut(io);
    const accessChanged = accessFanOut(io, services, logger);
    const worklists = worklistFanOut(io, services, logger);
    const conferences = conferenceFanOut(io, services, logger);
    const notifications = notificationFanOut(io);
    const unsubscribe = services.events.subscribe((event) => {
      // The adapter already carried the node that published it to every node's sockets.
      if (event.relayed) return;
      fanOut(event);
      reconciliations(event);
      accessChanged(event);
      worklists(event);
      conferences(event);
      notifications(event);
      if (event.type === 'session.ended') {
        io.to(sessionRoom(event.sessionId)).emit('session:ended', { reason: event.reason });
        io.in(sessionRoom(event.sessionId)).disconnectSockets(true);
      }
    });

    // Idle sign-out also ends Socket.IO connections; this check is not activity.
    const sweep = setInterval(() => {
      void io.fetchSockets().then(async (sockets) => {
        for (const s of sockets) if (!(await sessions.isLive(s.data.actor.sessionId))) s.disconnect(true);
      }).catch(() => undefined);
    }, ctx.tuning.socket?.sessionCheckMs ?? 30_000);
    sweep.unref();

    return {
      name: 'socket.io',
      routes: [...noteRoutes(services), ...conferenceRoutes(services)],
      async close() {
        clearInterval(sweep);
        unsubscribe();
        io.local.emit('session:ended', { reason: 'server_shutdown' });
        // Not io.close(): that would also close the shared HTTP server while /collab connections are still draining.
        io.local.disconnectSockets(true);
        io.engine.close();
        if (redis) await Promise.allSettled(redis.map((r) => r.quit()));
      },
    };
  };
}
