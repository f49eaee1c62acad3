import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type InterfaceSettings, type RunningServer } from '../../server/src/app/createServer';
import type { ServerTuning } from '../../server/src/app/feature';
import type { Clock } from '../../server/src/domain/clock';
import type { CoordinationSettings } from '../../server/src/domain/worklist/coordinationRules';
import { createLogger, type DestinationStream } from '../../server/src/logger';
import { smtpMailer } from '../../server/src/mail/invitationMailers';
import { loadAuditSeal } from '../../server/src/storage/auditKeyFile';
import { openSealedStore } from '../../server/src/storage/openStore';
import type { Store } from '../../server/src/storage/port';

const SMTP_FROM = 'CareHuddle <no-reply@carehuddle.test>';

/** Options a test may override; everything else is a sensible test default. */
export interface TestServerOptions {
  demo?: boolean;
  clock?: Clock;
  idleMinutes?: number;
  store?: Store;
  loginPerMinute?: number;
  apiPerMinute?: number;
  invitationPerMinute?: number;
  /** Searches per session per minute (the default otherwise). */
  searchPerMinute?: number;
  /** Express `trust proxy` (`TRUST_PROXY`); none by default. */
  trustProxy?: false | number | string[];
  tuning?: ServerTuning;
  redisUrl?: string;
  coordination?: CoordinationSettings;
  /** How often the audit head is checkpointed (0: after every append, so a test can tamper right away). */
  checkpointIntervalMs?: number;
  /** Admission alert interfaces (an MLLP port, 0 for a free one; the FHIR interface key). */
  interfaces?: InterfaceSettings;
  /** Where the server's log lines go (at level info); by default nowhere. */
  logSink?: DestinationStream;
  /** SMTP for notification e-mail (a local test server). */
  smtpUrl?: string;
  /** Invitations are e-mailed over `smtpUrl` too (by default they are only logged and shown to the coordinator). */
  invitationsBySmtp?: boolean;
}

/** A real server on an ephemeral port with a fresh file-backed embedded store. */
export interface TestServer extends RunningServer {
  dataDir: string;
  /** The audit key and checkpoints, beside (not inside) the data directory, as in production. */
  auditDir: string;
}

/** Starts the real server in-process on port 0. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carehuddle-test-'));
  const auditDir = `${dataDir}-audit`;
  const server = await startServer({
    store: options.store ?? await openSealedStore({
      dataDir, seal: loadAuditSeal({ dir: auditDir, key: undefined }),
      ...(options.checkpointIntervalMs !== undefined ? { checkpointIntervalMs: options.checkpointIntervalMs } : {}),
    }),
    logger: options.logSink ? createLogger('info', options.logSink) : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    port: 0,
    host: '127.0.0.1',
    sessionSecret: 'test-secret-that-is-long-enough-0123456789',
    demoData: options.demo ?? true,
    sessionIdleMs: (options.idleMinutes ?? 15) * 60_000,
    sessionMaxMs: 12 * 3_600_000,
    timeZone: 'America/New_York',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.tuning ? { tuning: options.tuning } : {}),
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    ...(options.coordination ? { coordination: options.coordination } : {}),
    ...(options.interfaces ? { interfaces: options.interfaces } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    rateLimits: { apiPerMinute: options.apiPerMinute ?? 10_000, loginPerMinute: options.loginPerMinute ?? 1_000, invitationPerMinute: options.invitationPerMinute ?? 1_000,
      ...(options.searchPerMinute !== undefined ? { searchPerMinute: options.searchPerMinute } : {}) },
    ...(options.smtpUrl ? { smtp: { url: options.smtpUrl, from: SMTP_FROM } } : {}),
    ...(options.smtpUrl && options.invitationsBySmtp ? { mailer: smtpMailer(options.smtpUrl, SMTP_FROM, 'America/New_York') } : {}),
  });
  return {
    ...server,
    dataDir,
    auditDir,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
}

/** A clock that tests move by hand, so that timeouts are tested without sleeping. */
export class ManualClock implements Clock {
  constructor(private current = new Date('2026-11-20T15:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
