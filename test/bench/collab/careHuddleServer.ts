import { startServer } from '../../../server/src/app/createServer';
import { createLogger } from '../../../server/src/logger';
import { openSqliteStore } from '../../../server/src/storage/sqlite/openSqliteStore';
import { serveOrchestrator } from './childIpc';

// CareHuddle as in production, on the embedded store under DATA_DIR (plus Redis when REDIS_URL is set).
// Only the abuse limits are lifted: the benchmark enrolls its patients through the API, and its 1,000
// connections come from one address and one signed-in coordinator (like the peers, which have no such limits).
const server = await startServer({
  store: openSqliteStore(process.env.DATA_DIR ?? './data'),
  logger: createLogger('silent'),
  port: 0,
  host: '127.0.0.1',
  sessionSecret: 'benchmark-secret-that-is-long-enough-0123456789',
  demoData: true,
  sessionIdleMs: 60 * 60_000,
  sessionMaxMs: 12 * 3_600_000,
  timeZone: 'America/New_York',
  rateLimits: { apiPerMinute: 1_000_000, loginPerMinute: 1_000_000 },
  tuning: {
    connections: { connectionsPerAddress: 0, upgradesPerMinute: 0 },
    collab: { connectionsPerSession: 100_000, connectionsPerUser: 100_000 },
  },
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
});
serveOrchestrator(server.port, () => server.close());
