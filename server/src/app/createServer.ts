import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuditTrail } from '../domain/audit/auditTrail';
import { SessionManager } from '../domain/auth/sessions';
import { systemClock, type Clock } from '../domain/clock';
import { DomainEvents } from '../domain/events';
import { ScreeningDocumentsSlot } from '../domain/screenings/screeningDocuments';
import { PlanWriterSlot } from '../domain/plans/planWriter';
import { DEFAULT_SETTINGS, type CoordinationSettings } from '../domain/worklist/coordinationRules';
import { seedDemoData } from '../domain/seed/seedDemo';
import { installBuiltInTemplates } from '../domain/planTemplates/templateLibrary';
import type { Services } from '../domain/services';
import { createHttpApp } from '../http/createHttpApp';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '../http/rateLimits';
import type { AnyRoute } from '../http/routeDefinition';
import type { Logger } from '../logger';
import type { Store } from '../storage/port';
import type { ServerTuning, StartedFeature } from './feature';
import { FEATURES } from './features';
import { startAccessEventBridge } from './accessEventBridge';
import { ownOriginCheck } from './origins';
import type { InvitationMailer } from '../domain/invitations/invitationSettings';
import type { TrustProxy } from '../config';
import { logMailer } from '../mail/invitationMailers';
import { RefusedUpgradeAudit } from '../realtime/refusedUpgradeAudit';
import { AddressLimits, DEFAULT_CONNECTION_LIMITS } from './addressLimits';
import { guardServerEvents } from './serverEvents';
import { ensureAlertsAuthor } from '../domain/alerts/alertsAuthor';
import { startMllpListener } from '../interfaces/mllpListener';

/** Admission and discharge alert interfaces. */
export interface InterfaceSettings {
  mllpPort?: number;
  /** Bearer key for `POST /api/interfaces/encounters`; without it the route refuses everyone. */
  apiKey?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Everything a server instance is built from; `main.ts` fills it from the environment, tests directly. */
export interface ServerOptions {
  store: Store;
  logger: Logger;
  port: number;
  host?: string;
  sessionSecret: string;
  publicOrigin?: string;
  demoData: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  timeZone: string;
  coordination?: CoordinationSettings;
  clock?: Clock;
  rateLimits?: RateLimitSettings;
  clientDir?: string;
  redisUrl?: string;
  tuning?: ServerTuning;
  /** Hours an invitation link works (72 by default). */
  invitationHours?: number;
  /** Sends invitation links; without it they are written to the log. */
  mailer?: InvitationMailer;
  /** Proxies whose `X-Forwarded-For` is believed (none by default). */
  trustProxy?: TrustProxy;
  /** Admission alerts: the MLLP port (off when absent; 0 picks a free one) and the key FHIR senders present. */
  interfaces?: InterfaceSettings;
  /** SMTP for notification e-mail (`SMTP_URL`, `SMTP_FROM`); without it notifications stay in the app. */
  smtp?: { url: string; from: string };
}

/** A running server and the pair to its start-up: `close`. */
export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  services: Services;
  sessions: SessionManager;
  routes: AnyRoute[];
  features: readonly StartedFeature[];
  seeded: boolean;
  /** The port the HL7 v2 (MLLP) listener took, or null when it is off. */
  mllpPort: number | null;
  close(): Promise<void>;
}

/** Starts CareHuddle on one HTTP server: API, client, and (later) the live channels. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const httpServer = createHttpServer();
  const services: Services = {
    store: options.store,
    clock,
    audit: createAuditTrail(options.store.audit, clock),
    events: new DomainEvents(),
    planWriter: new PlanWriterSlot(),
    screeningDocuments: new ScreeningDocumentsSlot(),
    coordination: options.coordination ?? DEFAULT_SETTINGS,
    timeZone: options.timeZone,
    invitations: {
      validHours: options.invitationHours ?? 72,
      // Until the server listens its port is unknown; links are only made after that.
      linkBase: () => options.publicOrigin ?? `http://localhost:${(httpServer.address() as AddressInfo | null)?.port ?? options.port}`,
      mailer: options.mailer ?? logMailer(options.logger),
    },
  };
  await installBuiltInTemplates(services);
  const seeded = options.demoData ? await seedDemoData(services) : false;
  // After seeding, which only seeds an empty store.
  await ensureAlertsAuthor(options.store, clock.now().toISOString());
  const sessions = new SessionManager(options.store, clock, options.sessionSecret, { idleMs: options.sessionIdleMs, maxMs: options.sessionMaxMs });

  const isOwnOrigin = ownOriginCheck(options.publicOrigin, () => (httpServer.address() as AddressInfo | null)?.port);
  const stopBridge = options.redisUrl ? await startAccessEventBridge(options.redisUrl, services.events, options.logger) : async () => undefined;
  const refusedUpgrades = new RefusedUpgradeAudit(services.audit, () => options.logger.error('auditing refused upgrades failed'), options.tuning?.refusalAuditWindowMs);
  const started: StartedFeature[] = [];
  for (const feature of FEATURES) {
    started.push(await feature({ httpServer, services, sessions, isOwnOrigin, logger: options.logger, redisUrl: options.redisUrl, tuning: options.tuning ?? {}, refusedUpgrades, smtp: options.smtp }));
  }
  const { app, routes } = createHttpApp({
    services, interfaceKey: options.interfaces?.apiKey, sessions, logger: options.logger, isOwnOrigin,
    extraRoutes: started.flatMap((f) => f.routes ?? []),
    secureCookies: options.publicOrigin?.startsWith('https://') ?? false,
    rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS, trustProxy: options.trustProxy ?? false,
    clientDir: options.clientDir ?? join(here, '../../../client/dist'),
  });
  const limits = new AddressLimits({ ...DEFAULT_CONNECTION_LIMITS, ...options.tuning?.connections });
  guardServerEvents(httpServer, { app, limits, refusals: refusedUpgrades, logger: options.logger });
  httpServer.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const mllp = options.interfaces?.mllpPort !== undefined ? await startMllpListener(options.interfaces.mllpPort, services, options.logger) : null;
  // Accept failures (EMFILE under load) are reported on the server; unheard, they would end the process.
  httpServer.on('error', (error: NodeJS.ErrnoException) => options.logger.warn({ code: error.code, syscall: error.syscall }, 'http server error'));

  return {
    url: `http://localhost:${port}`,
    port,
    httpServer,
    services,
    sessions,
    routes,
    features: started,
    seeded,
    mllpPort: mllp?.port ?? null,
    async close() {
      // No new alerts once shutting down; each one already acknowledged is stored.
      await mllp?.close();
      // Live channels first, so they can flush to the store and tell clients why they close.
      for (const feature of [...started].reverse()) await feature.close?.();
      await stopBridge();
      await refusedUpgrades.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await options.store.close();
    },
  };
}
