import { resolve } from 'node:path';
import { startServer } from './app/createServer';
import { ConfigError, loadConfig } from './config';
import { demoCredentialLines } from './domain/seed/seedDemo';
import { createLogger } from './logger';
import { smtpMailer } from './mail/invitationMailers';
import { containUncaughtErrors } from './processGuards';
import { loadAuditSeal } from './storage/auditKeyFile';
import { openSealedStore } from './storage/openStore';

/** Process entry point: configuration, store, server, and the shutdown that pairs with start-up. */
async function main(): Promise<void> {
  // Everything this process creates (store, WAL, secrets, exports) is readable by its owner only.
  process.umask(0o077);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  containUncaughtErrors(logger);
  const store = await openSealedStore({
    mongodbUri: config.mongodbUri, dataDir: config.dataDir, seal: loadAuditSeal(config.audit),
    onMismatch: (problem) => logger.error({ problem }, 'The audit trail does not match its latest checkpoint; run audit:verify'),
  });
  const server = await startServer({
    store, logger, port: config.port, host: config.host, sessionSecret: config.sessionSecret,
    publicOrigin: config.publicOrigin, demoData: config.demoData, sessionIdleMs: config.sessionIdleMs,
    sessionMaxMs: config.sessionMaxMs, timeZone: config.orgTimeZone, redisUrl: config.redisUrl, coordination: config.coordination,
    invitationHours: config.invitationHours, trustProxy: config.trustProxy,
    tuning: { connections: config.connectionLimits, attachments: config.attachments, notifications: config.mailQueue },
    interfaces: config.interfaces,
    // Resolved from this file, which sits one level under server/ both as source (src/) and compiled (dist/).
    clientDir: resolve(import.meta.dirname, '../../client/dist'),
    ...(config.smtp ? { mailer: smtpMailer(config.smtp.url, config.smtp.from, config.orgTimeZone), smtp: config.smtp } : {}),
  });
  const origin = config.publicOrigin ?? `http://localhost:${server.port}`;
  logger.info({ port: server.port, store: store.kind, mllpPort: server.mllpPort }, 'CareHuddle is listening');
  if (config.nodeEnv === 'production' && config.demoData) {
    logger.warn('DEMO_DATA is on in production: the demo accounts share a published password; never use this installation for real patients');
  }
  const banner = [`\nCareHuddle is running at ${origin} (store: ${store.kind === 'embedded' ? `embedded, ${config.dataDir}` : 'MongoDB'})`];
  if (config.demoData) banner.push('Demo sign-in accounts:', ...demoCredentialLines());
  process.stdout.write(`${banner.join('\n')}\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(() => process.exit(0), (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`CareHuddle failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
