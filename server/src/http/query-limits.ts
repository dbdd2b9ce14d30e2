import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_QUERY_COMPLEXITY = 5_000;
export const MAX_QUERY_DEPTH = 10;

/** A list field with a `page: { first }` argument costs its children times the page size. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = (args?.page as { first?: number } | undefined)?.first;
  if (typeof first === 'number' && first > 0) return 1 + childComplexity * first;
  return undefined;
};

/**
 * Refuses operations whose estimated cost is too high before they run. Aliases count like
 * any field, so an alias flood is refused too.
 */
export function queryComplexityPlugin(schema: GraphQLSchema, max = MAX_QUERY_COMPLEXITY): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Estimating coerces the variables first: invalid ones are the caller's input error.
            throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (complexity > max) {
            throw new GraphQLError(`The query is too complex: ${complexity} exceeds the limit of ${max}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', complexity, limit: max, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
