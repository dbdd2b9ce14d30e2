import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import depthLimit from 'graphql-depth-limit';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { logger } from '../logger';
import { buildAppSchema } from '../schema';
import { RequestContext } from '../common/request-context';
import { GraphQLContext, createLoaders } from '../common/graphql-context';
import { authenticate } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { MAX_QUERY_DEPTH, queryComplexityPlugin } from './query-limits';
import { exportsRouter } from '../exports/export.routes';
import { requestLoggingPlugin } from './request-logging';

export const MAX_BODY = '1mb';

export interface RunningApp {
  server: http.Server;
  url: string;
  express: express.Express;
  close(): Promise<void>;
}

function bearerOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}

/** Resolves the request's actor from its bearer token (session or API key). */
export async function contextForRequest(dataSource: DataSource, req: Request): Promise<RequestContext> {
  const token = bearerOf(req);
  const anonymous = new RequestContext(dataSource, null);
  const actor = token ? await authenticate(anonymous, token) : null;
  return new RequestContext(dataSource, actor, dataSource.manager, logger.child({ actor: actor?.label }));
}

export async function createApp(dataSource: DataSource, config: AppConfig): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const schema = await buildAppSchema();
  const loginThrottle = new LoginThrottle({ maxFailuresPerEmail: config.loginMaxFailures });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    // main.ts owns shutdown (HTTP, jobs, pool, database, in that order); Apollo must not act on signals itself.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      queryComplexityPlugin(schema),
      requestLoggingPlugin(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error');
        if (config.production) return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const ctx = await contextForRequest(dataSource, req);
        return { ctx, loaders: createLoaders(ctx), token: bearerOf(req), clientAddress: req.ip ?? 'unknown', loginThrottle };
      },
    }),
  );

  app.use('/exports', exportsRouter(dataSource));

  const portalIndex = path.join(config.portalDir, 'index.html');
  if (fs.existsSync(portalIndex)) {
    app.use(express.static(config.portalDir, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => {
      res.sendFile(portalIndex);
    });
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
    const status = error.status ?? 500;
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message =
      error.type === 'entity.too.large'
        ? `Request body too large (limit ${MAX_BODY})`
        : status < 500
          ? error.message
          : 'Internal server error';
    if (status >= 500) logger.error({ err: error }, 'http error');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address() as { port: number };
  const url = `http://${config.host}:${address.port}`;
  return {
    server,
    url,
    express: app,
    close: async () => {
      await apollo.stop();
    },
  };
}
