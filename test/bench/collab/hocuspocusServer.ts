import { join } from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { serveOrchestrator } from './childIpc';

// Hocuspocus with its SQLite persistence, default settings (it stores each document's state, debounced).
const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(process.env.DATA_DIR ?? '.', 'hocuspocus.sqlite') })],
});
await server.listen();
serveOrchestrator(server.address.port, () => server.destroy());
