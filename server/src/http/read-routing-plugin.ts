import { ApolloServerPlugin } from '@apollo/server';
import { OperationDefinitionNode } from 'graphql';
import { Actor, RequestContext } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ReadRoute, ReadRouter } from '../database/read-routing';
import { createLoaders } from './loaders';

/** Merchant queries the standby may serve: the partner list and a partner's page. */
const MERCHANT_STANDBY_FIELDS = new Set(['partners', 'partner', '__typename']);

/**
 * Partner dashboards and lists (every query of a partner) and the merchant's partner list may be
 * read from the standby; every other query stays on the primary (payouts and approvals act on
 * what the merchant sees: they read it fresh).
 */
export function standbyMayServe(actor: Actor, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  if (actor.kind === 'PARTNER') return true;
  if (actor.kind !== 'MERCHANT' && actor.kind !== 'API_KEY') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === 'Field' && MERCHANT_STANDBY_FIELDS.has(selection.name.value),
  );
}

/**
 * With DATABASE_READ_URL: routes each eligible query to the standby (or says why not), reports
 * `extensions.readFrom { source, lagMs, reason? }` on every query, and after every mutation by an
 * actor records the read-your-writes marker before the answer leaves.
 */
export function readRoutingPlugin(router: ReadRouter | undefined): ApolloServerPlugin<GraphQLContext> {
  if (!router) return {};
  return {
    async requestDidStart() {
      let route: ReadRoute | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { ctx } = contextValue;
          if (!operation || operation.operation !== 'query' || !ctx.actor) return;
          if (!standbyMayServe(ctx.actor, operation)) {
            route = { source: 'primary', lagMs: 0, reason: 'primary-only' };
            return;
          }
          const decision = await router.route(ctx.actor);
          route = decision.route;
          if (!decision.dataSource) return;
          const onStandby = new RequestContext(decision.dataSource, ctx.actor, decision.dataSource.manager, ctx.logger, ctx.requestId);
          contextValue.ctx = onStandby;
          contextValue.loaders = createLoaders(onStandby);
        },
        async willSendResponse({ response, operation, contextValue }) {
          const { actor } = contextValue.ctx;
          if (operation?.operation === 'mutation' && actor) {
            await router.markWrite(actor).catch((error: unknown) => {
              contextValue.ctx.logger.warn({ err: error }, 'read-your-writes marker not recorded');
            });
          }
          if (route && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, readFrom: route };
          }
        },
      };
    },
  };
}
