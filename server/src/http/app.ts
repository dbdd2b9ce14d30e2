import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import Redis from 'ioredis';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@partnerbook/shared';
import { AppConfig } from '../config';
import { logger } from '../logger';
import { buildAppSchema } from '../schema';
import { Clock, systemClock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadTwoFactorKeyring } from '../two-factor/secret-box';
import { createLoaders } from './loaders';
import { redactInputEcho } from '../common/error-redaction';
import { edgeValueAsBadInput } from '../common/scalars';
import { pathOfNul } from '../common/input-validation';
import { ResolvedActor } from '../auth/request-actor';
import { LoginThrottle } from '../auth/login-throttle';
import { MAX_DOCUMENT_TOKENS, QueryCostEstimator, queryValidationRules } from './query-limits';
import { CostRateLimiter, MemoryBucketStore, RedisBucketStore, rateLimitHeaders } from './rate-limit';
import { queryCostPlugin, rateLimitedBody, refusedCallerGate } from './rate-limit-plugin';
import { ResolverSlots } from './resolver-slots';
import { createExportPools, exportsRouter } from '../exports/export.routes';
import { bearerOf, callerOf, requestKeyOf, resolveRequestActor } from './authenticate-request';
import { MAX_BODY } from './query-limits';
import { CallerConcurrency, ConcurrencyPolicy, DEFAULT_CONCURRENCY_POLICY } from './caller-concurrency';
import { requestLoggingPlugin } from './request-logging';
import { databaseUnavailability, DatabaseUnavailability, rootCause, unavailableMessage } from '../common/database-errors';
import { ServiceUnavailableError } from '../common/errors';
import { healthRoutes, Readiness } from './health';
import { explorerPageCsp, portalIndexHandler, securityHeaders } from './security-headers';
import { portalAssets } from './static-assets';
import { InFlightRequest, InFlightRequests, stopListening } from './in-flight';
import { ReadRouter } from '../database/read-routing';
import { readRoutingPlugin } from './read-routing-plugin';

export interface RunningApp {
  server: http.Server;
  url: string;
  express: express.Express;
  readiness: Readiness;
  /**
   * Stops taking requests (new ones get 503, readiness turns 503), waits up to `graceMs` for those
   * in flight, logs and cuts the rest; returns the cut ones.
   */
  shutdown(graceMs: number): Promise<InFlightRequest[]>;
  /** shutdown() with the configured grace. */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  /** A server already listening (main binds the port before it touches the database). */
  server?: http.Server;
  /** Time for the rate limiter's buckets; tests move it forward instead of waiting. */
  clock?: Clock;
  /** Pause before answering a caller that keeps sending while refused (default REFUSAL_DELAY_MS). */
  refusalDelayMs?: number;
  /** How long one standby probe serves further reads (default 50 ms; tests lengthen it to fail a read after its probe). */
  readProbeReuseMs?: number;
  /** Each caller's in-flight allowance (default DEFAULT_CONCURRENCY_POLICY, cost points from the configuration). */
  concurrency?: Partial<ConcurrencyPolicy>;
  /** Times queries' database work for their measured charge (default performance.now; tests drive their own). */
  stopwatch?: () => number;
}

const RETRY_AFTER_SECONDS = 5;

const unavailable = new WeakMap<object, { kind: DatabaseUnavailability; change: boolean }>();

/**
 * A request that failed because the database could not serve it answers HTTP 503 with Retry-After
 * and SERVICE_UNAVAILABLE (formatError), never a 500; the real cause is logged.
 */
function databaseUnavailablePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let failed = false;
      return {
        async didEncounterErrors({ errors, operation, contextValue }) {
          for (const error of errors) {
            const kind = databaseUnavailability(error);
            if (!kind) continue;
            const change = operation?.operation === 'mutation';
            unavailable.set(error, { kind, change });
            failed = true;
            contextValue.ctx.logger.error(
              {
                err: error.originalError ?? error,
                cause: rootCause(error),
                kind,
                requestId: contextValue.ctx.requestId,
                outcome: change ? 'UNKNOWN' : null,
              },
              'database unavailable',
            );
          }
        },
        async willSendResponse({ response }) {
          if (!failed) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** What one export download costs of the caller's budget (a GraphQL page of 100 rows costs a few hundred). */
export const EXPORT_COST = 1_000;

/** Listens on host:port; a port in use is a clear error, not a stack trace. */
export async function listen(server: http.Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.removeListener('listening', listening);
      reject(
        error.code === 'EADDRINUSE'
          ? Object.assign(new Error(`Port ${port} on ${host} is already in use (another Partnerbook?): stop it or set PORT`), {
              code: error.code,
            })
          : error,
      );
    };
    const listening = () => {
      server.removeListener('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}

/** What tests (and benchmarks) may set besides the configuration. */
export type AppOptions = CreateAppOptions;

async function connectRedis(config: AppConfig): Promise<Redis | undefined> {
  if (!config.redisUrl) return undefined;
  const redis = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let reported = false;
  redis.on('error', (error) => {
    if (reported) return;
    reported = true;
    logger.error({ err: error }, 'Redis: connection failed; rate limits and sign-in throttling fall back to this instance');
  });
  redis.on('ready', () => {
    if (reported) logger.info('Redis: connected again');
    reported = false;
  });
  try {
    await redis.connect();
  } catch {
    // Reported by the error handler; ioredis keeps reconnecting, and the limiters use memory meanwhile.
  }
  return redis;
}

export async function createApp(dataSource: DataSource, config: AppConfig, options: CreateAppOptions = {}): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // API answers are not cached by validators: no ETag (a hash of every response body) to compute.
  app.set('etag', false);
  try {
    app.set('trust proxy', config.trustProxy);
  } catch (error) {
    throw new Error(`TRUST_PROXY is invalid: ${(error as Error).message} (use a number of hops, or addresses/CIDRs separated by commas)`);
  }
  const server = options.server ?? http.createServer();
  // Idle keep-alive connections outlive a client's or load balancer's own idle timeout (commonly 60 s), so the
  // server is never the side that closes a connection a client is about to reuse (that client sees ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const inFlight = new InFlightRequests();
  const readiness = new Readiness(dataSource, Math.min(config.databaseTimeouts.connectMs, 5_000));
  const clock = options.clock ?? systemClock;
  const twoFactorKeys = loadTwoFactorKeyring(config);
  const readRouter = config.databaseReadUrl
    ? new ReadRouter(dataSource, {
        url: config.databaseReadUrl,
        maxLagMs: config.readMaxLagMs,
        readYourWritesMs: config.readYourWritesMs,
        connectTimeoutMs: config.readConnectTimeoutMs,
        timeouts: config.databaseTimeouts,
        poolSize: config.databasePoolSize,
        clock,
        probeReuseMs: options.readProbeReuseMs,
      })
    : undefined;
  const exportPools = createExportPools(dataSource, config);
  const schema = await buildAppSchema();
  const redis = await connectRedis(config);
  const loginThrottle = new LoginThrottle({
    maxConsecutiveFailures: config.loginMaxFailures,
    maxFailuresPerAddress: config.loginMaxFailuresPerAddress,
    maxApplicationsPerAddressPerHour: config.applyMaxPerAddressPerHour,
    redis,
    keyPrefix: config.redisKeyPrefix,
  });
  const limiter = new CostRateLimiter(
    redis ? new RedisBucketStore(redis, config.redisKeyPrefix) : new MemoryBucketStore(),
    {
      authenticated: { capacity: config.rateLimitPointsPerMinute, windowSeconds: 60 },
      anonymous: { capacity: config.rateLimitAnonymousPointsPerMinute, windowSeconds: 60 },
    },
    clock,
  );
  const estimator = new QueryCostEstimator(schema);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main.ts owns shutdown (HTTP, jobs, pool, database, in that order); Apollo must not act on signals itself.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules: queryValidationRules(),
    parseOptions: { maxLexicalTokens: MAX_DOCUMENT_TOKENS },
    plugins: [
      databaseUnavailablePlugin(),
      // No @cacheControl hints are used: the default plugin would only wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin(
        estimator,
        limiter,
        new CallerConcurrency({
          ...DEFAULT_CONCURRENCY_POLICY,
          maxCost: config.callerInFlightCost,
          maxRequests: config.callerInFlightRequests,
          ...options.concurrency,
        }),
        undefined,
        { pointsPerDatabaseSecond: config.rateLimitPointsPerDatabaseSecond, stopwatch: options.stopwatch },
      ),
      readRoutingPlugin(readRouter),
      requestLoggingPlugin(),
      // Outside production, a browser opening /graphql gets Apollo Sandbox, an explorer of the schema
      // (loaded from Apollo's CDN under the page's own CSP, see explorerPageCsp); in production nothing.
      config.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: { initialState: { pollForSchemaUpdates: false } }, includeCookies: false }),
    ],
    formatError: (unredacted, error) => {
      const formatted = edgeValueAsBadInput(redactInputEcho(unredacted, error), error);
      const down = unavailable.get(error as object);
      if (down) {
        // No stack trace or driver message: they can name the database host.
        return {
          message: unavailableMessage(down.kind, down.change),
          path: formatted.path,
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, ...(down.change ? { outcome: 'UNKNOWN' } : {}) },
        };
      }
      if (formatted.extensions?.code === 'SERVICE_UNAVAILABLE') {
        const { stacktrace: _hidden, ...extensions } = formatted.extensions;
        return { ...formatted, extensions };
      }
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error');
        if (config.production) return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.use(securityHeaders());
  app.use(healthRoutes(readiness));
  app.use(inFlight.middleware());
  app.use(
    '/graphql',
    ...(config.production ? [] : [explorerPageCsp()]),
    refusedCallerGate(limiter, requestKeyOf, options.refusalDelayMs),
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let resolved: ResolvedActor | null;
        try {
          resolved = await resolveRequestActor(dataSource, req);
        } catch (error) {
          const kind = databaseUnavailability(error);
          if (!kind) throw error;
          logger.error({ err: error, kind }, 'database unavailable');
          throw new ServiceUnavailableError(unavailableMessage(kind, false), null, RETRY_AFTER_SECONDS);
        }
        const actor = resolved?.actor ?? null;
        const ctx = new RequestContext(dataSource, actor, dataSource.manager, logger.child({ actor: actor?.label }));
        return {
          ctx,
          loaders: createLoaders(ctx),
          token: bearerOf(req),
          clientAddress: req.ip ?? 'unknown',
          userAgent: req.get('user-agent') ?? null,
          clock,
          twoFactorKeys,
          loginThrottle,
          actorProfile: resolved?.profile ?? null,
          caller: callerOf(resolved, req),
          requestKey: (res.locals.requestKey as string | undefined) ?? requestKeyOf(req),
          slots: new ResolverSlots(),
          webhookUrlPolicy: { allowPrivate: config.webhookAllowPrivate, requireHttps: config.production },
          signupMode: config.signup,
        };
      },
    }),
  );

  // Downloads spend the caller's budget too, and say so in the same headers.
  app.use(
    '/exports',
    refusedCallerGate(limiter, requestKeyOf, options.refusalDelayMs),
    async (req: Request, res: Response, next: NextFunction) => {
      const nul = pathOfNul(req.query);
      if (nul !== null) {
        res.status(400).json({
          errors: [{ message: `Text may not contain NUL characters (at ${nul})`, extensions: { code: ErrorCode.BAD_USER_INPUT } }],
        });
        return;
      }
      const caller = callerOf(await resolveRequestActor(dataSource, req), req);
      const decision = await limiter.take(caller.key, caller.anonymous, EXPORT_COST, res.locals.requestKey as string);
      for (const [name, value] of rateLimitHeaders(decision)) res.setHeader(name, value);
      if (decision.allowed) return next();
      res.status(429).json({ errors: [rateLimitedBody(decision)] });
    },
  );
  app.use('/exports', exportsRouter(dataSource, exportPools, readRouter));

  const portalIndex = path.join(config.portalDir, 'index.html');
  if (fs.existsSync(portalIndex)) {
    app.use(portalAssets(config.portalDir));
    app.get('/{*splat}', portalIndexHandler(portalIndex));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><title>Partnerbook</title><h1>Partnerbook</h1><p>The portal is not built: run <code>npm run build</code>.</p>',
        );
    });
  }

  // Body-parser and other HTTP-level failures answer in GraphQL's error shape, never an HTML stack trace.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const down = databaseUnavailability(error);
    if (down) {
      logger.error({ err: error, kind: down }, 'database unavailable');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ errors: [{ message: unavailableMessage(down, false), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
      return;
    }
    const status = error.status ?? 500;
    const code =
      error.type === 'entity.too.large'
        ? ErrorCode.PAYLOAD_TOO_LARGE
        : status < 500
          ? ErrorCode.BAD_REQUEST
          : ErrorCode.INTERNAL_SERVER_ERROR;
    const message =
      error.type === 'entity.too.large'
        ? `Request body too large (limit ${MAX_BODY})`
        : status < 500
          ? error.message
          : 'Internal server error';
    if (status >= 500) logger.error({ err: error }, 'http error');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  server.removeAllListeners('request');
  server.on('request', app);
  if (!server.listening) await listen(server, config.port, config.host);
  const address = server.address() as { port: number };
  const url = `http://${config.host}:${address.port}`;
  let stopped: Promise<InFlightRequest[]> | undefined;
  const shutdown = (graceMs: number) =>
    (stopped ??= (async () => {
      readiness.markDraining();
      inFlight.stopAccepting();
      stopListening(server);
      const cut = await inFlight.drain(graceMs);
      for (const request of cut) {
        logger.error(
          { method: request.method, path: request.path, operation: request.operation, runningMs: Date.now() - request.startedAt, graceMs },
          'request cut by shutdown: it was still running when the grace period ended',
        );
      }
      server.closeAllConnections();
      await apollo.stop();
      await readiness.close();
      await exportPools.exports.end();
      await exportPools.standby?.exports.end();
      await exportPools.standby?.requests.end();
      await readRouter?.close();
      return cut;
    })());
  return {
    server,
    url,
    express: app,
    readiness,
    shutdown,
    close: async () => {
      await shutdown(config.shutdownGraceMs);
      await limiter.close();
      redis?.disconnect();
    },
  };
}
