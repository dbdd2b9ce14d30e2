import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { Money, MoneyError, assertAmount, assertCurrency } from '@partnerbook/shared';
import { GraphQLError } from 'graphql';

function parseMoney(value: unknown): Money {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphQLError('Money must be an object { amount: Int (minor units), currency: String (ISO 4217) }', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const { amount, currency, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) {
    throw new GraphQLError(`Money has only "amount" and "currency", not ${Object.keys(rest).join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  try {
    return { amount: assertAmount(amount), currency: assertCurrency(currency) };
  } catch (error) {
    if (error instanceof MoneyError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: error.code } });
    }
    throw error;
  }
}

/**
 * Money at the API edge: `{ "amount": 10050, "currency": "USD" }` is 100.50 USD.
 * The amount is a whole number of the currency's minor units, never a float.
 */
export const MoneyScalar = new GraphQLScalarType<Money, Money>({
  name: 'Money',
  description:
    "An amount of money as { amount, currency }: amount is a whole number of the currency's minor units " +
    '(cents for USD, yen for JPY, fils for KWD), currency an ISO 4217 code. { amount: 10050, currency: "USD" } is 100.50 USD.',
  serialize: (value) => {
    const money = value as Money;
    return { amount: money.amount, currency: money.currency };
  },
  parseValue: parseMoney,
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) {
      throw new GraphQLError('Money must be an object literal { amount, currency }', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseMoney(valueFromASTUntyped(ast, variables));
  },
});
