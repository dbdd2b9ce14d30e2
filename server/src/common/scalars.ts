import { GraphQLFormattedError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '@partnerbook/shared';
import { EdgeValueError, parseCurrencyCode, parseUuid } from './input-values';

/**
 * Ids and currency codes checked at the edge: a malformed value never reaches a resolver. GraphQL
 * answers BAD_USER_INPUT naming the variable and path (`Variable "$input" got an invalid value at
 * "input.partnerId"; expected a UUID`), and nothing runs; a literal in the document is re-coded
 * BAD_USER_INPUT too (http/app.ts). The checks are input-values.ts's,
 * which the export parameters use too.
 */
export class RefusedLiteral extends Error {}

function scalar(name: string, description: string, parse: (value: unknown) => string, specifiedByURL: string) {
  return new GraphQLScalarType<string, string>({
    name,
    description,
    specifiedByURL,
    serialize: (value) => value as string,
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      // A plain error: GraphQL validation then says where (`Expected value of type "UUID!"; …`).
      if (ast.kind !== Kind.STRING) throw new RefusedLiteral(`expected a ${name} string`);
      try {
        return parse(ast.value);
      } catch (error) {
        if (error instanceof EdgeValueError) throw new RefusedLiteral(error.message);
        throw error;
      }
    },
  });
}

/** Inputs only: output objects keep `ID` (opaque to clients; Relay-style `id: ID!`), and always hold UUIDs. */
export const UUIDScalar = scalar(
  'UUID',
  'An id of a Partnerbook record: a UUID such as "0b6a4c1e-7c7f-4a4e-9a53-2f1a4f3b9c20" (any case). A malformed one is refused with BAD_USER_INPUT.',
  parseUuid,
  'https://www.rfc-editor.org/rfc/rfc9562',
);

export const CurrencyCodeScalar = scalar(
  'CurrencyCode',
  'An ISO 4217 three-letter currency code in upper case, e.g. "USD". A code Partnerbook does not know is refused with BAD_USER_INPUT.',
  parseCurrencyCode,
  'https://www.iso.org/iso-4217-currency-codes.html',
);

/**
 * A literal in the document that these scalars refuse fails GraphQL validation
 * (GRAPHQL_VALIDATION_FAILED): answer it BAD_USER_INPUT, as the same value in a variable is.
 */
export function edgeValueAsBadInput(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED) return formatted;
  for (let cause = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError) {
    if (cause instanceof RefusedLiteral) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  return formatted;
}
