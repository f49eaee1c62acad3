import type { Server } from 'node:http';
import type { SessionManager } from '../domain/auth/sessions';
import type { Services } from '../domain/services';
import type { OriginCheck } from '../http/middleware/origin';
import type { AnyRoute } from '../http/routeDefinition';
import type { Logger } from '../logger';
import type { CollabSettings } from '../realtime/collab/collabFeature';
import type { RefusedUpgradeAudit } from '../realtime/refusedUpgradeAudit';
import type { ConnectionLimitSettings } from './addressLimits';
import type { AttachmentSettings } from '../domain/attachments/attachmentSettings';
import type { MailQueueSettings } from '../domain/notifications/notificationSettings';

/** What a feature module gets when the server starts. */
export interface FeatureContext {
  httpServer: Server;
  services: Services;
  sessions: SessionManager;
  isOwnOrigin: OriginCheck;
  logger: Logger;
  /** Set when several nodes share one team (Socket.IO adapter, Yjs update relay). */
  redisUrl: string | undefined;
  /** Timing and limit overrides (tests shorten grace periods instead of sleeping). */
  tuning: ServerTuning;
  /** Audits refused websocket upgrades, coalesced per address. */
  refusedUpgrades: RefusedUpgradeAudit;
  /** SMTP for notification e-mail; without it notifications stay in the app. */
  smtp: { url: string; from: string } | undefined;
}

/** Overrides of feature defaults. */
export interface ServerTuning {
  collab?: Partial<CollabSettings>;
  socket?: { sessionCheckMs?: number; eventsBurst?: number; eventsPerSecond?: number; connectionsPerSession?: number; connectionsPerUser?: number };
  /** Per-address budgets (`MAX_CONNECTIONS_PER_ADDRESS`, `UPGRADES_PER_MINUTE_PER_ADDRESS`). */
  connections?: Partial<ConnectionLimitSettings>;
  /** How long refused upgrades of one address share one audit summary (a minute by default). */
  refusalAuditWindowMs?: number;
  /** Attachment limits (`ATTACHMENT_MAX_MB`, `ATTACHMENTS_PER_TARGET`, `ATTACHMENT_UPLOADS_PER_HOUR`). */
  attachments?: Partial<AttachmentSettings>;
  /** How long after a stored commit a plan is indexed for search (`DEFAULT_INDEX_DELAY_MS` by default). */
  search?: { indexDelayMs?: number; indexMaxWaitMs?: number };
  /** The notification e-mail queue and digest clock (`MAIL_POLL_SECONDS`, `MAIL_LEASE_SECONDS`). */
  notifications?: Partial<MailQueueSettings>;
}

/** A started feature: its HTTP routes and the shutdown that pairs with its start-up. */
export interface StartedFeature {
  name: string;
  routes?: readonly AnyRoute[];
  /** Flushes pending work and closes connections with a reason. */
  close?(): Promise<void>;
  /** Names of what the feature holds in memory now (documents, rooms), for operators and tests. */
  inMemory?(): string[];
}

/** A feature module: live channels (collaboration, Socket.IO) and the routes that go with them. */
export type Feature = (ctx: FeatureContext) => Promise<StartedFeature> | StartedFeature;
