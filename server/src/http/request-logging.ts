import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLContext } from '../common/graphql-context';

/** One structured log line per GraphQL operation: who, what, how long, which error codes. */
export function requestLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors, response }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.ctx.logger.info(
            {
              requestId: contextValue.ctx.requestId,
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              // What it paid of the caller's budget, how long its SQL-running resolvers took, and any charge for that time.
              points: contextValue.paidPoints,
              databaseMs: contextValue.paidPoints === undefined ? undefined : Math.round(contextValue.slots.busyMs * 10) / 10,
              surcharge: contextValue.surcharge,
              errors: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN'),
              // With DATABASE_READ_URL: where the query read ({ source, lagMs, reason }).
              readFrom: response.body.kind === 'single' ? response.body.singleResult.extensions?.readFrom : undefined,
            },
            'graphql',
          );
        },
      };
    },
  };
}
