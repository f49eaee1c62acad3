import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const server = process.env.CAREHUDDLE_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  // Brotli and gzip copies beside each asset, served by the server as they are (no compression per request).
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  // The manifest tells the bundle-size test which chunks each page needs.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 500 },
  server: {
    port: 5173,
    proxy: {
      '/api': server,
      '/healthz': server,
      '/readyz': server,
      '/collab': { target: server.replace(/^http/, 'ws'), ws: true },
      '/socket.io': { target: server, ws: true },
    },
  },
});
