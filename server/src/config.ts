import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { ConnectionLimitSettings } from './app/addressLimits';
import { DEFAULT_RETENTION_YEARS, type CoordinationSettings } from './domain/worklist/coordinationRules';
import type { MailQueueSettings } from './domain/notifications/notificationSettings';
import { productionProblem } from './productionChecks';
import type { AttachmentSettings } from './domain/attachments/attachmentSettings';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).optional(),
  AUDIT_DIR: z.string().min(1).optional(),
  AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_ORIGIN: z.url().optional(),
  DEMO_DATA: booleanFlag.optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
  SESSION_MAX_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ORG_TIME_ZONE: z.string().default('America/New_York'),
  PLAN_DAYS_AFTER_SCREENING: z.coerce.number().int().min(1).max(365).default(30),
  REVIEW_DAYS_HIGH: z.coerce.number().int().min(1).max(365).default(90),
  REVIEW_DAYS_MODERATE: z.coerce.number().int().min(1).max(365).default(180),
  REVIEW_DAYS_LOW: z.coerce.number().int().min(1).max(365).default(365),
  UNABLE_TO_REACH_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  // HIPAA keeps documentation six years; Medicare Advantage records ten. Fewer than six is refused.
  RETENTION_YEARS: z.coerce.number().int().min(6).max(100).default(DEFAULT_RETENTION_YEARS),
  INVITATION_HOURS: z.coerce.number().positive().max(24 * 30).default(72),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  SMTP_FROM: z.string().min(3).default('CareHuddle <no-reply@carehuddle.invalid>'),
  /** Proxies whose `X-Forwarded-For` is believed: a hop count, or addresses/subnets (`loopback`, `10.0.0.0/8`, …). None by default. */
  TRUST_PROXY: z.string().trim().regex(/^(false|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be false, a hop count, or a comma-separated list of addresses or subnets')
    .refine((v) => v !== 'true', 'true would believe any client; name the proxies or give a hop count').optional(),
  INVITATIONS_WITHOUT_EMAIL: booleanFlag.default(false),
  MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).default(512),
  UPGRADES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(0).default(600),
  /** The HL7 v2 (MLLP) listener for admission alerts; off when unset. */
  HL7_MLLP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Bearer key of FHIR Encounter senders; the FHIR intake refuses everyone without it. */
  INTERFACE_API_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Largest attached file, in megabytes. */
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(100).default(10),
  /** Most files on one patient, plan item, thread or medication. */
  ATTACHMENTS_PER_TARGET: z.coerce.number().int().min(1).max(1000).default(20),
  /** Uploads one person may make per hour. */
  ATTACHMENT_UPLOADS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(60),
  /** How often the notification e-mail queue and the digest clock are looked at. */
  MAIL_POLL_SECONDS: z.coerce.number().min(1).max(3600).optional(),
  /** How long a node holds a notification e-mail it is sending before another may take it over. */
  MAIL_LEASE_SECONDS: z.coerce.number().min(1).max(3600).optional(),
});

/** Validated runtime configuration. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** Where the audit key and checkpoints live: outside DATA_DIR, so the database cannot rewrite them. */
  audit: { dir: string; key: string | undefined };
  mongodbUri: string | undefined;
  redisUrl: string | undefined;
  sessionSecret: string;
  publicOrigin: string | undefined;
  demoData: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  logLevel: string;
  orgTimeZone: string;
  coordination: CoordinationSettings;
  invitationHours: number;
  /** SMTP for invitation e-mails; without it links are written to the log. */
  smtp: { url: string; from: string } | undefined;
  /** Express `trust proxy`: false, a hop count, or the proxies' addresses. */
  trustProxy: TrustProxy;
  /** What one client address may hold and attempt (0 turns a limit off, e.g. behind a proxy that limits instead). */
  connectionLimits: ConnectionLimitSettings;
  /** Admission alert interfaces (docs/interfaces.md). */
  interfaces: { mllpPort?: number; apiKey?: string };
  /** What one person may upload (docs/attachments.md). */
  attachments: AttachmentSettings;
  /** Overrides of the notification e-mail queue's timing. */
  mailQueue: Partial<MailQueueSettings>;
}

/** Which proxies' forwarded addresses count as the client's. */
export type TrustProxy = false | number | string[];

function trustProxyOf(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value.split(',').map((s) => s.trim());
}

/** Thrown with a one-line message when the environment is not usable. */
export class ConfigError extends Error {}

/** Outside production a missing secret is generated once and kept beside the data. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads and validates configuration from environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty value (`SMTP_URL=` in a compose file or .env) means "not set", as operators expect.
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${first?.path.join('.') ?? '?'} ${first?.message ?? ''}`.trim());
  }
  const e = parsed.data;
  const problem = e.NODE_ENV === 'production'
    ? productionProblem({ sessionSecret: e.SESSION_SECRET, smtpUrl: e.SMTP_URL, invitationsWithoutEmail: e.INVITATIONS_WITHOUT_EMAIL })
    : null;
  if (problem) throw new ConfigError(`Invalid configuration: ${problem}`);
  if (e.ORG_TIME_ZONE && !Intl.supportedValuesOf('timeZone').includes(e.ORG_TIME_ZONE) && e.ORG_TIME_ZONE !== 'UTC') {
    throw new ConfigError(`Invalid configuration: ORG_TIME_ZONE ${e.ORG_TIME_ZONE} is not an IANA time zone`);
  }
  // Relative paths mean "from where the command was typed" (pnpm runs scripts inside server/ but keeps INIT_CWD);
  // the default is data/ at the repository root.
  const dataDir = e.DATA_DIR ? resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR) : resolve(import.meta.dirname, '../../data');
  // The seal of the audit trail sits beside the data by default (`<DATA_DIR>-audit`), never inside it.
  const auditDir = e.AUDIT_DIR ? resolve(env.INIT_CWD ?? process.cwd(), e.AUDIT_DIR) : `${dataDir}-audit`;
  const inside = relative(dataDir, auditDir);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new ConfigError('Invalid configuration: AUDIT_DIR must be outside DATA_DIR');
  }
  return {
    nodeEnv: e.NODE_ENV,
    audit: { dir: auditDir, key: e.AUDIT_KEY },
    port: e.PORT,
    host: e.HOST,
    dataDir,
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    sessionSecret: e.SESSION_SECRET ?? developmentSecret(dataDir),
    publicOrigin: e.PUBLIC_ORIGIN?.replace(/\/$/, ''),
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    logLevel: e.LOG_LEVEL,
    orgTimeZone: e.ORG_TIME_ZONE,
    invitationHours: e.INVITATION_HOURS,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    interfaces: { ...(e.HL7_MLLP_PORT !== undefined ? { mllpPort: e.HL7_MLLP_PORT } : {}), ...(e.INTERFACE_API_KEY ? { apiKey: e.INTERFACE_API_KEY } : {}) },
    attachments: { maxBytes: Math.round(e.ATTACHMENT_MAX_MB * 1024 * 1024), maxPerTarget: e.ATTACHMENTS_PER_TARGET, uploadsPerHour: e.ATTACHMENT_UPLOADS_PER_HOUR },
    mailQueue: {
      ...(e.MAIL_POLL_SECONDS !== undefined ? { pollMs: e.MAIL_POLL_SECONDS * 1000 } : {}),
      ...(e.MAIL_LEASE_SECONDS !== undefined ? { leaseMs: e.MAIL_LEASE_SECONDS * 1000 } : {}),
    },
    connectionLimits: { connectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS, upgradesPerMinute: e.UPGRADES_PER_MINUTE_PER_ADDRESS },
    coordination: {
      planDaysAfterScreening: e.PLAN_DAYS_AFTER_SCREENING,
      reviewDaysByRisk: { High: e.REVIEW_DAYS_HIGH, Moderate: e.REVIEW_DAYS_MODERATE, Low: e.REVIEW_DAYS_LOW },
      unableToReachAttempts: e.UNABLE_TO_REACH_ATTEMPTS,
      retentionYears: e.RETENTION_YEARS,
    },
  };
}
