import { MAX_COLLAB_MESSAGE_BYTES, parsePlanDocumentName, parseScreeningDocumentName, planDocumentName } from '@carehuddle/shared';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { addressOf } from '../../app/addressLimits';
import type { Feature, FeatureContext } from '../../app/feature';
import { ConnectionCaps } from '../connectionCaps';
import { closeWithdrawn } from './accessRecheck';
import { closeWith, CollabConnection } from './collabConnection';
import type { CollabRoom } from './collabRoom';
import { EditAuditCoalescer } from './editAudit';
import { medicationsOf } from './planMedications';
import { planRoutes } from './planRoutes';
import { newPlanItem, writeTemplateClinical, writeTemplateGoals } from '../../domain/planTemplates/templateDocuments';
import { RedisRelay } from './redisRelay';
import { RoomRegistry } from './roomRegistry';
import { setInterventionFields } from './planInterventions';
import { bufferedStep1, storedStateMessages } from './earlySync';
import { TaskProjection } from './taskProjection';
import { indexPlanDocument } from '../../domain/search/searchIndexing';
import { DEFAULT_INDEX_DELAY_MS, DEFAULT_INDEX_MAX_WAIT_MS, PlanSearchIndexer } from './planSearchIndexer';
import { liveScreeningDocuments } from './screeningDocumentsLive';
import { admitUpgrade, isCollabPath, type AdmittedConnection } from './upgradeGate';

/** Tunables, overridable in tests. */
export interface CollabSettings {
  unloadGraceMs: number;
  heartbeatMs: number;
  messagesBurst: number;
  messagesPerSecond: number;
  presenceBurst: number;
  presencePerSecond: number;
  presenceClientsPerConnection: number;
  presenceStatesPerRoom: number;
  connectionsPerSession: number;
  connectionsPerUser: number;
}

/**
 * Defaults sized for people typing, with room for an offline client's catch-up burst.
 * Presence (carets move with every keystroke) gets 20/s; a plan page opens up to four
 * documents, so 24 connections per session is six tabs, 48 per user a few devices.
 */
export const DEFAULT_COLLAB_SETTINGS: CollabSettings = {
  unloadGraceMs: 30_000, heartbeatMs: 30_000, messagesBurst: 500, messagesPerSecond: 100,
  presenceBurst: 40, presencePerSecond: 20, presenceClientsPerConnection: 2, presenceStatesPerRoom: 200,
  connectionsPerSession: 24, connectionsPerUser: 48,
};

const toBytes = (data: RawData): Uint8Array =>
  data instanceof ArrayBuffer ? new Uint8Array(data) : Array.isArray(data) ? new Uint8Array(Buffer.concat(data)) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** The collaboration endpoint: y-websocket protocol at `/collab/<document>` on the app's HTTP server. */
export function collabFeature(): Feature {
  return (ctx: FeatureContext) => {
    const settings: CollabSettings = { ...DEFAULT_COLLAB_SETTINGS, ...ctx.tuning.collab };
    const { services, sessions, logger } = ctx;
    const audit = new EditAuditCoalescer(services.audit, (error) => logger.error({ err: error }, 'edit audit failed'));
    // The relay only delivers after `rooms` subscribed to a document, so `rooms` exists by then.
    const relay = ctx.redisUrl
      ? new RedisRelay(ctx.redisUrl, {
        applyUpdate: (name, update, userId) => rooms.whenLoaded(name, (room) => room.applyRemote(update, userId)),
        applyAwareness: (name, update) => rooms.whenLoaded(name, (room) => room.applyRemoteAwareness(update)),
        applyStored: (name, description) => rooms.whenLoaded(name, (room) => room.storedElsewhere(description)),
      }, logger)
      : undefined;
    const projection = new TaskProjection(services, (error) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'task list projection failed'));
    const searchIndexer = new PlanSearchIndexer(
      { index: (name) => indexPlanDocument(services, name), markStale: (name) => services.store.search.markStale(name) },
      { delayMs: ctx.tuning.search?.indexDelayMs ?? DEFAULT_INDEX_DELAY_MS, maxWaitMs: ctx.tuning.search?.indexMaxWaitMs ?? DEFAULT_INDEX_MAX_WAIT_MS },
      (error) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'search indexing of a plan failed'));
    const rooms = new RoomRegistry(services.store.documents, {
      onEdit: (room, conn, keys) => {
        const parsed = room.plan;
        if (parsed) audit.edited(room, conn, keys, parsed.patientId, parsed.audience);
        const screening = room.screening;
        if (screening) audit.edited(room, conn, keys, screening.patientId, 'screening', { type: 'screening.answer', resourceType: 'QuestionnaireResponse' });
        void sessions.touchById(conn.actor.sessionId).catch(() => undefined);
      },
      onStoreFailure: (room, error) => logger.error({ doc: room.name, err: error instanceof Error ? error.message : String(error) }, 'storing document updates failed; will retry'),
      onLocalUpdate: (room, update, userId) => relay?.publishUpdate(room.name, update, userId),
      onLocalAwareness: (room, update) => relay?.publishAwareness(room.name, update),
      onStored: (room, description, authors) => {
        relay?.publishStored(room.name, description);
        projection.stored(room, authors);
        searchIndexer.stored(room.name);
      },
    }, settings.unloadGraceMs, relay);
    /** Adds an item to a live document as `userId`, stored before it resolves. */
    const addItem = async (docName: string, section: string, itemId: string, fields: Record<string, string>, userId: string) => {
      const room = await rooms.open(docName);
      room.applyServerEdit(userId, (doc) => doc.getMap(section).set(itemId, newPlanItem(fields, new Date().toISOString())));
      await room.flush();
      rooms.scheduleUnload(room);
    };
    services.planWriter.provide({
      addTask: (patientId, task, userId) => addItem(planDocumentName(patientId, 'clinical'), 'interventions', task.id, {
        title: task.title, owner: task.ownerId, dueDate: task.dueDate, status: 'open', source: task.source,
      }, userId),
      async updateTask(patientId, taskId, fields, userId) {
        const room = await rooms.open(planDocumentName(patientId, 'clinical'));
        room.applyServerEdit(userId, (doc) => setInterventionFields(doc, taskId, fields));
        await room.flush();
        rooms.scheduleUnload(room);
      },
      addGoalSuggestion: (patientId, goal, userId) => addItem(planDocumentName(patientId, 'shared'), 'goals', goal.id, {
        title: goal.title, status: 'proposed', proposedBy: goal.proposedBy,
      }, userId),
      addMedication: (patientId, m, userId) => addItem(planDocumentName(patientId, 'clinical'), 'medications', m.itemId, {
        title: m.name, dose: m.dose, route: m.route, frequency: m.frequency, prescriber: m.prescriber, indication: m.indication, source: m.source,
      }, userId),
      async addTemplateItems(patientId, write, userId) {
        const shared = await rooms.open(planDocumentName(patientId, 'shared'));
        const clinical = await rooms.open(planDocumentName(patientId, 'clinical'));
        try {
          // One transaction per document, so nobody ever sees half of either.
          if (write.goals.length > 0) shared.applyServerEdit(userId, (doc) => writeTemplateGoals(doc, write));
          clinical.applyServerEdit(userId, (doc) => writeTemplateClinical(doc, write, userId));
          // Stored before the caller acknowledges the application.
          await Promise.all([shared.flush(), clinical.flush()]);
        } finally {
          rooms.scheduleUnload(shared);
          rooms.scheduleUnload(clinical);
        }
      },
      addNeed: (patientId, need, userId) => addItem(planDocumentName(patientId, 'clinical'), 'needs', need.id, {
        title: need.title, domain: need.domain, status: 'open', source: need.source,
      }, userId),
      async readMedications(patientId) {
        // The live room, not the store: edits accepted a moment ago are part of the list.
        const room = await rooms.open(planDocumentName(patientId, 'clinical'));
        try {
          return medicationsOf(room.doc);
        } finally {
          rooms.scheduleUnload(room);
        }
      },
    });
    services.screeningDocuments.provide(liveScreeningDocuments(rooms, services.store.documents));
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_COLLAB_MESSAGE_BYTES * 4 });
    const connections = new Set<CollabConnection>();
    const caps = new ConnectionCaps(settings.connectionsPerSession, settings.connectionsPerUser);

    const attach = async (ws: WebSocket, admitted: AdmittedConnection, buffered: Uint8Array[], hold: (data: RawData) => void): Promise<void> => {
      let room: CollabRoom;
      // Sync step 1 answered from the stored bytes while the room integrates them, if this open reads them.
      let answered: number | null = null;
      try {
        // Recorded before anything of the document is read or sent (reads fail closed).
        await services.audit.record({
          actor: admitted.actor, role: admitted.role, patientId: admitted.patientId, action: 'R', type: admitted.audience === 'screening' ? 'screening.open' : 'plan.open',
          resourceType: admitted.audience === 'screening' ? 'QuestionnaireResponse' : 'CarePlan', resourceId: admitted.docName, category: admitted.audience, outcome: 'success',
        });
        room = await rooms.open(admitted.docName, (stored) => {
          const step1 = bufferedStep1(buffered);
          if (!step1 || ws.readyState !== ws.OPEN) return;
          for (const message of storedStateMessages(stored, step1.stateVector)) ws.send(message);
          answered = step1.index;
        });
      } catch (error) {
        logger.error({ doc: admitted.docName, err: error instanceof Error ? error.message : String(error) }, 'opening document failed');
        return closeWith(ws, 'storageFailed');
      }
      if (ws.readyState !== ws.OPEN) return;
      const conn = new CollabConnection(ws, room, admitted.actor, admitted.role, admitted.access, admitted.wantsAcks, {
        burst: settings.messagesBurst, perSecond: settings.messagesPerSecond, presenceBurst: settings.presenceBurst, presencePerSecond: settings.presencePerSecond,
        presenceClientsPerConnection: settings.presenceClientsPerConnection, presenceStatesPerRoom: settings.presenceStatesPerRoom,
      }, () => undefined, admitted.writableSections);
      room.connections.add(conn);
      connections.add(conn);
      // Swap the holding listener for the real one in the same tick, so no message falls between them.
      ws.off('message', hold);
      ws.on('message', (data: RawData) => conn.receive(toBytes(data)));
      ws.on('pong', () => { conn.alive = true; });
      ws.on('close', () => {
        connections.delete(conn);
        room.remove(conn);
        rooms.scheduleUnload(room);
      });
      conn.start();
      const skip = room.changedSinceOpen ? null : answered;
      for (const [index, message] of buffered.entries()) if (index !== skip) conn.receive(message);
    };

    const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!isCollabPath(req.url)) return;
      socket.on('error', () => socket.destroy());
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on('error', () => ws.terminate());
        // Messages that arrive while the gate decides are held, not dropped.
        const buffered: Uint8Array[] = [];
        const hold = (data: RawData) => void buffered.push(toBytes(data));
        ws.on('message', hold);
        admitUpgrade(req, { services, sessions, isOwnOrigin: ctx.isOwnOrigin }).then(async (verdict) => {
          if (!verdict.ok) {
            ws.off('message', hold);
            // Coalesced per address: an anonymous client retrying forever must not grow the trail without bound.
            ctx.refusedUpgrades.refused({
              actor: verdict.actor, action: 'R', type: 'plan.open', resourceType: 'CarePlan', resourceId: verdict.docName.slice(0, 100),
              patientId: (parsePlanDocumentName(verdict.docName) ?? parseScreeningDocumentName(verdict.docName))?.patientId ?? null,
              category: parsePlanDocumentName(verdict.docName)?.audience ?? (parseScreeningDocumentName(verdict.docName) ? 'screening' : null),
              outcome: 'denied', reason: verdict.reason, ip: addressOf(req.socket),
            });
            return closeWith(ws, verdict.reason);
          }
          // Counted before the document is loaded, and given back when the socket closes, however it ends
          // (a socket that closed while the gate decided has nothing to give back).
          if (ws.readyState !== ws.OPEN) return;
          const release = caps.tryOpen(verdict.admitted.actor);
          if (!release) {
            ws.off('message', hold);
            return closeWith(ws, 'tooManyConnections');
          }
          ws.once('close', release);
          await attach(ws, verdict.admitted, buffered, hold);
        }).catch((error: unknown) => {
          logger.error({ err: error instanceof Error ? error.message : String(error) }, 'collaboration upgrade failed');
          closeWith(ws, 'storageFailed');
        });
      });
    };
    ctx.httpServer.on('upgrade', onUpgrade);

    const heartbeat = setInterval(() => {
      for (const conn of connections) {
        if (!conn.alive) {
          conn.ws.terminate();
          continue;
        }
        conn.alive = false;
        conn.ws.ping();
        // Idle sign-out also ends live connections; heartbeats themselves are not activity.
        void sessions.isLive(conn.actor.sessionId).then((live) => { if (!live) closeWith(conn.ws, 'unauthenticated'); }, () => undefined);
      }
    }, settings.heartbeatMs);
    heartbeat.unref();

    const unsubscribe = services.events.subscribe((event) => {
      if (event.type === 'session.ended') {
        for (const conn of connections) if (conn.actor.sessionId === event.sessionId) closeWith(conn.ws, 'unauthenticated');
      }
      if (event.type === 'careTeam.memberRemoved' || event.type === 'consent.changed') {
        closeWithdrawn(services, connections, event.patientId).catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, 'access re-check failed'));
      }
    });

    return {
      name: 'collaboration',
      routes: planRoutes(services, rooms),
      inMemory: () => rooms.loadedNames(),
      async close() {
        ctx.httpServer.off('upgrade', onUpgrade);
        clearInterval(heartbeat);
        unsubscribe();
        for (const conn of connections) closeWith(conn.ws, 'serverShutdown');
        await rooms.closeAll();
        await projection.idle();
        await searchIndexer.flush();
        await relay?.close();
        wss.close();
      },
    };
  };
}
