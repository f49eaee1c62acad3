import type { ServerResponse } from 'node:http';
import expressStaticGzip from 'express-static-gzip';

/** One year: hashed file names change whenever their content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built client: Brotli or gzip copies made at build time, chosen by the
 * browser's Accept-Encoding; hashed assets cached for a year, everything else
 * (index.html and unhashed files) revalidated on every visit.
 */
export function serveClientAssets(clientDir: string) {
  return expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res: ServerResponse, path: string) => {
        res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache');
        res.setHeader('X-Content-Type-Options', 'nosniff');
      },
    },
  });
}
