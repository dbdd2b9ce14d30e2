import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { Field, InputType, ObjectType } from 'type-graphql';
import {
  ExactMoney,
  MAX_STORED_AMOUNT,
  MinorUnits,
  Money,
  MoneyError,
  amountFromJson,
  amountToJson,
  assertAmount,
  assertCurrency,
  minorUnits,
} from '@partnerbook/shared';
import { CurrencyCodeScalar, RefusedLiteral } from './scalars';

/**
 * Money at the API edge: `{ "amount": 10050, "currency": "USD" }` is 100.50 USD, the same JSON as
 * always, now with a declared shape: the object type `Money` (output), the input types `MoneyInput`
 * (one amount) and `MoneyBalanceInput` (a balance sent back as the API returned it). Amounts are
 * whole numbers of minor units, never floats, and exact at any size: the `MinorUnits` scalar writes a
 * sum beyond 2^53 − 1 as a digit string (EXACT_AMOUNTS).
 */

export const EXACT_AMOUNTS =
  'Amounts up to Number.MAX_SAFE_INTEGER (9007199254740991) are JSON numbers; a larger amount (only a sum can be: ' +
  'a payment, a balance, a total) is a JSON string of its decimal digits, e.g. { amount: "9109999999999089", currency: "USD" }, ' +
  'so it is never rounded by a JSON parser: read amount as a string or big integer when it is one.';

function badInput(error: unknown): never {
  if (error instanceof MoneyError) {
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: error.code } });
  }
  throw error;
}

/** A literal amount in a document: an Int literal (or, for balances, a String literal of digits). */
function literalAmount(ast: ValueNode, name: string, strings: boolean, parse: (value: unknown) => MinorUnits): MinorUnits {
  const text = ast.kind === Kind.INT || (strings && ast.kind === Kind.STRING) ? ast.value : undefined;
  if (text === undefined) throw new RefusedLiteral(`expected a ${name}: a whole number of minor units`);
  try {
    return parse(ast.kind === Kind.INT && Number.isSafeInteger(Number(text)) ? Number(text) : text);
  } catch (error) {
    if (error instanceof GraphQLError) throw new RefusedLiteral(error.message);
    throw error;
  }
}

/** One amount as input: a JSON integer of at most MAX_ABS_AMOUNT in absolute value. */
function parseAmount(value: unknown): number {
  try {
    return assertAmount(value);
  } catch (error) {
    return badInput(error);
  }
}

/** Any exact amount PostgreSQL can store: a JSON integer or a digit string, of any size up to 2^63 − 1. */
function parseMinorUnits(value: unknown): MinorUnits {
  try {
    const exact = amountFromJson(value);
    if (BigInt(exact) > MAX_STORED_AMOUNT || BigInt(exact) < -MAX_STORED_AMOUNT) {
      throw new MoneyError('INVALID_AMOUNT', `${String(value)} is beyond any balance Partnerbook can hold`);
    }
    return exact;
  } catch (error) {
    return badInput(error);
  }
}

export const MinorUnitsScalar = new GraphQLScalarType<MinorUnits, number | string>({
  name: 'MinorUnits',
  description:
    "An exact whole number of a currency's minor units (cents for USD, yen for JPY, fils for KWD), never a fraction. " +
    `${EXACT_AMOUNTS} As input (a balance sent back), a JSON integer or a string of decimal digits, up to 2^63 − 1 in absolute value.`,
  // minorUnits throws on a rounded double: a bug must never reach a client as a wrong amount.
  serialize: (value) => amountToJson(minorUnits(value as MinorUnits | string)),
  parseValue: parseMinorUnits,
  parseLiteral: (ast) => literalAmount(ast, 'MinorUnits', true, parseMinorUnits),
});

export const AmountScalar = new GraphQLScalarType<number, number>({
  name: 'Amount',
  description:
    "One amount of money as input, in the currency's minor units (10050 is 100.50 USD): a JSON integer of at most " +
    '10000000000000 in absolute value, never a fraction or a string. A sum the API returns may exceed it: see MinorUnits.',
  serialize: (value) => assertAmount(value),
  parseValue: parseAmount,
  parseLiteral: (ast) => literalAmount(ast, 'Amount', false, parseAmount) as number,
});

@ObjectType('Money', {
  description:
    'An amount of money: { amount, currency }, e.g. { amount: 10050, currency: "USD" } is 100.50 USD. ' +
    "amount is a whole number of the currency's minor units (exact: a digit string beyond 2^53 − 1, see MinorUnits).",
})
export class MoneyType implements ExactMoney {
  @Field(() => MinorUnitsScalar, {
    description: `Whole number of minor units (cents for USD, yen for JPY); negative for debts and clawbacks. ${EXACT_AMOUNTS}`,
  })
  amount!: MinorUnits;

  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code of the currency, e.g. "USD"' })
  currency!: string;
}

@InputType('MoneyInput', {
  description:
    'An amount of money as input, the same JSON as Money: { amount: 10050, currency: "USD" } is 100.50 USD. ' +
    'Only these two fields; amount is a JSON integer of minor units, at most 10000000000000 in absolute value.',
})
export class MoneyInput implements Money {
  @Field(() => AmountScalar, { description: "Whole number of the currency's minor units, e.g. 10050 for 100.50 USD" })
  amount!: number;

  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code of the currency, e.g. "USD"' })
  currency!: string;
}

@InputType('MoneyBalanceInput', {
  description:
    'A balance as the API returned it in a Money field, sent back unchanged: { amount, currency } where amount is a whole ' +
    'number of minor units, a JSON integer or, for any size, a string of decimal digits ("9109999999999089").',
})
export class MoneyBalanceInput implements ExactMoney {
  @Field(() => MinorUnitsScalar, { description: 'Exactly the amount the API returned (a digit string beyond 2^53 − 1)' })
  amount!: MinorUnits;

  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code of the currency, e.g. "USD"' })
  currency!: string;
}

/**
 * `{ amount, currency }` checked as a MoneyInput variable is (the export parameters' JSON bodies): only these
 * two fields, a JSON integer amount within the limit, a known currency; else BAD_USER_INPUT.
 */
export function parseMoneyInput(value: unknown): Money {
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
    return badInput(error);
  }
}
