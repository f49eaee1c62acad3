import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { serveOrchestrator } from './childIpc';

// The stock reference server, wired exactly as its own bin/server.js does (in memory, no persistence).
const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  serveOrchestrator(typeof address === 'object' && address ? address.port : 0, async () => {
    server.close();
  });
});
