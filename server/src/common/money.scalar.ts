import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { ExactMoney, Money, MoneyError, amountFromJson, amountToJson, assertAmount, assertCurrency, minorUnits } from '@partnerbook/shared';
import { GraphQLError } from 'graphql';

function fields(value: unknown, scalar: string): { amount: unknown; currency: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphQLError(`${scalar} must be an object { amount: Int (minor units), currency: String (ISO 4217) }`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const { amount, currency, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) {
    throw new GraphQLError(`${scalar} has only "amount" and "currency", not ${Object.keys(rest).join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { amount, currency };
}

function asUserInputError(error: unknown): never {
  if (error instanceof MoneyError) {
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: error.code } });
  }
  throw error;
}

function parseMoney(value: unknown): Money {
  const { amount, currency } = fields(value, 'Money');
  try {
    return { amount: assertAmount(amount), currency: assertCurrency(currency) };
  } catch (error) {
    return asUserInputError(error);
  }
}

/** A balance echoed back: any exact integer PostgreSQL can store, as a JSON number or (beyond 2^53 − 1) a digit string. */
function parseBalance(value: unknown): ExactMoney {
  const { amount, currency } = fields(value, 'MoneyBalance');
  try {
    const exact = amountFromJson(amount);
    if (BigInt(exact) > 9_223_372_036_854_775_807n || BigInt(exact) < -9_223_372_036_854_775_807n) {
      throw new MoneyError('INVALID_AMOUNT', `${String(amount)} is beyond any balance Partnerbook can hold`);
    }
    return { amount: exact, currency: assertCurrency(currency) };
  } catch (error) {
    return asUserInputError(error);
  }
}

/** Output: every amount exact, whatever its size (a number while safe, a digit string beyond). */
function serializeMoney(value: unknown): { amount: number | string; currency: string } {
  const money = value as ExactMoney;
  // minorUnits throws on a rounded double: a bug must never reach a client as a wrong amount.
  return { amount: amountToJson(minorUnits(money.amount)), currency: money.currency };
}

export const EXACT_AMOUNTS =
  'Amounts up to Number.MAX_SAFE_INTEGER (9007199254740991) are JSON numbers; a larger amount (only a sum can be: ' +
  'a payment, a balance, a total) is a JSON string of its decimal digits, e.g. { amount: "9109999999999089", currency: "USD" }, ' +
  'so it is never rounded by a JSON parser: read amount as a string or big integer when it is one.';

/**
 * Money at the API edge: `{ "amount": 10050, "currency": "USD" }` is 100.50 USD.
 * The amount is a whole number of the currency's minor units, never a float; sums beyond 2^53 go out
 * as digit strings (see EXACT_AMOUNTS and the README).
 */
export const MoneyScalar = new GraphQLScalarType<ExactMoney, { amount: number | string; currency: string }>({
  name: 'Money',
  description:
    "An amount of money as { amount, currency }: amount is a whole number of the currency's minor units " +
    '(cents for USD, yen for JPY, fils for KWD), currency an ISO 4217 code. { amount: 10050, currency: "USD" } is 100.50 USD. ' +
    `As input, amount is a JSON integer of at most 10000000000000 in absolute value. As output: ${EXACT_AMOUNTS}`,
  serialize: serializeMoney,
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

/**
 * A balance the API returned, sent back as is (payPartners' expectedBalances): like Money, but
 * the amount may be any exact sum, given as a JSON integer or a digit string.
 */
export const MoneyBalanceScalar = new GraphQLScalarType<ExactMoney, { amount: number | string; currency: string }>({
  name: 'MoneyBalance',
  description:
    'A balance as the API returned it in a Money field, sent back unchanged: { amount, currency } where amount is a whole number of ' +
    'minor units, a JSON integer or, for any size, a string of decimal digits ("9109999999999089").',
  serialize: serializeMoney,
  parseValue: parseBalance,
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) {
      throw new GraphQLError('MoneyBalance must be an object literal { amount, currency }', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseBalance(valueFromASTUntyped(ast, variables));
  },
});
