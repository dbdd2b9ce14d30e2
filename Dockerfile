# syntax=docker/dockerfile:1
# Partnerbook API + portal. Build: docker build -t partnerbook .   Run: see compose.yaml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY portal/package.json portal/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 PARTNERBOOK_DATA_DIR=/var/lib/partnerbook
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /var/lib/partnerbook && chown node:node /var/lib/partnerbook
USER node
EXPOSE 4000
# Readiness: the database answers, migrations applied, workers running (see README Operations).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (exec form): requests in flight get SHUTDOWN_GRACE_MS.
STOPSIGNAL SIGTERM
CMD ["node", "server/dist/src/main.js"]
