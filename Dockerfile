# syntax=docker/dockerfile:1
# Production image: built in one stage, run from a slim one that holds only the compiled server, the
# built client and production dependencies. It starts with plain `node` and reaches no registry at run time.

FROM node:20-bookworm AS build
WORKDIR /app
# The full bookworm image carries the compilers better-sqlite3 and argon2 build with.
RUN npm install --global pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY test/package.json test/
# Only what the server and the client need (the test package's benchmark servers stay out).
RUN pnpm install --frozen-lockfile --filter "@carehuddle/server..." --filter "@carehuddle/client..."
COPY tsconfig.base.json ./
COPY shared shared
COPY server server
COPY client client
RUN pnpm --filter @carehuddle/client build \
 && pnpm --filter @carehuddle/server build \
 && pnpm --filter @carehuddle/server deploy --prod --legacy /out

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
# package.json ("type": "module") and production node_modules from `pnpm deploy`; the compiled server; the client.
COPY --from=build /out/package.json server/package.json
COPY --from=build /out/node_modules server/node_modules
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/main.js"]
