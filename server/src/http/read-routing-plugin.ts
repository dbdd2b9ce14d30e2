import { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType, OperationDefinitionNode } from 'graphql';
import { Actor } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ReadRoute, ReadRouter, standbyFailed } from '../database/read-routing';
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
          const onStandby = ctx.on(decision.dataSource);
          contextValue.ctx = onStandby;
          contextValue.loaders = createLoaders(onStandby);
          contextValue.standbyRead = {
            fallBack: (error) => {
              if (contextValue.ctx !== onStandby) return;
              router.reportStandbyFailure(error);
              route = { source: 'primary', lagMs: 0, reason: 'standby-unavailable' };
              contextValue.ctx = ctx;
              contextValue.loaders = createLoaders(ctx);
              contextValue.standbyRead = undefined;
            },
          };
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

/**
 * Every resolver of `schema`: when the request reads from the standby and the standby fails it,
 * the request moves to the primary (its context and loaders) and the resolver runs again there,
 * as do the resolvers after it. The answer then says `source: "primary"`. Never a 500 for a
 * standby that went away between the probe and the read.
 */
export function fallBackFromStandby(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.resolve === defaultFieldResolver) continue;
      const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve;
      field.resolve = (source, args, context: GraphQLContext, info) => {
        const standby = context?.standbyRead;
        if (!standby) return resolve(source, args, context, info);
        return (async () => {
          try {
            return await resolve(source, args, context, info);
          } catch (error) {
            if (!standbyFailed(error)) throw error;
            standby.fallBack(error);
            return resolve(source, args, context, info);
          }
        })();
      };
    }
  }
}
