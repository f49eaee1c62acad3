import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = process.env.CAREHUDDLE_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
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
