import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ABS_AMOUNT } from '@partnerbook/shared';
import { errorCode, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { graphql } from '../gql';

/**
 * Issue 13, item 5: Money has a declared shape in the SDL. `Money` is an object type
 * `{ amount: MinorUnits!, currency: CurrencyCode! }` (no longer an opaque scalar that code
 * generators type as `any`), money inputs are input objects (`MoneyInput`, `MoneyBalanceInput`),
 * and the JSON on the wire is the same as before: `{ amount, currency }`, the amount a JSON number
 * while safe and a digit string beyond 2^53 − 1.
 */

const SHAPE = graphql(`
  query MoneyShapeIntrospection {
    money: __type(name: "Money") {
      kind
      description
      fields {
        name
        description
        type {
          kind
          name
          ofType {
            kind
            name
          }
        }
      }
    }
    moneyInput: __type(name: "MoneyInput") {
      kind
      inputFields {
        name
        type {
          kind
          name
          ofType {
            kind
            name
          }
        }
      }
    }
    balanceInput: __type(name: "MoneyBalanceInput") {
      kind
      inputFields {
        name
        type {
          kind
          name
          ofType {
            kind
            name
          }
        }
      }
    }
    minorUnits: __type(name: "MinorUnits") {
      kind
      description
    }
  }
`);

const REWARD = graphql(`
  mutation MoneyShapeReward($input: CreateManualRewardInput!) {
    createManualReward(input: $input) {
      id
      amount {
        amount
        currency
      }
    }
  }
`);

const BALANCE = graphql(`
  query MoneyShapeBalance($filter: PendingPaymentFilterInput!) {
    pendingPayments(filter: $filter) {
      nodes {
        partnerId
        balance {
          amount
          currency
        }
      }
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app, { payThresholds: {} });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const nonNull = (name: string) => ({ kind: 'NON_NULL', name: null, ofType: { kind: 'SCALAR', name } });

/** The raw JSON text of an answer, as any client receives it before its JSON parser runs. */
async function rawAnswer(query: string, variables: Record<string, unknown>, token: string): Promise<string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.text();
}

describe('Money in the SDL', () => {
  it('declares Money as an object type with amount and currency, and money inputs as input objects', async () => {
    const data = await app.gqlData(SHAPE, {}, fx.tokens.admin);
    expect(data.money?.kind).toBe('OBJECT');
    expect(data.money?.fields?.map((field) => [field.name, field.type])).toEqual([
      ['amount', nonNull('MinorUnits')],
      ['currency', nonNull('CurrencyCode')],
    ]);
    expect(data.money?.description).toMatch(/minor units/);
    expect(data.money?.fields?.find((field) => field.name === 'amount')?.description).toMatch(/digit/);
    expect(data.minorUnits?.kind).toBe('SCALAR');
    expect(data.minorUnits?.description).toMatch(/9007199254740991/);
    expect(data.moneyInput?.kind).toBe('INPUT_OBJECT');
    expect(data.moneyInput?.inputFields?.map((field) => [field.name, field.type])).toEqual([
      ['amount', nonNull('Amount')],
      ['currency', nonNull('CurrencyCode')],
    ]);
    expect(data.balanceInput?.kind).toBe('INPUT_OBJECT');
    expect(data.balanceInput?.inputFields?.map((field) => [field.name, field.type])).toEqual([
      ['amount', nonNull('MinorUnits')],
      ['currency', nonNull('CurrencyCode')],
    ]);
  });

  it('answers a selected Money as exactly { amount, currency }, a digit string beyond 2^53', async () => {
    const partnerId = fx.partnerB.id;
    const created = await app.gqlData(
      REWARD,
      { input: { partnerId, description: 'largest single amount', amount: { amount: MAX_ABS_AMOUNT, currency: 'USD' } } },
      fx.tokens.admin,
    );
    expect(created.createManualReward.amount).toEqual({ amount: MAX_ABS_AMOUNT, currency: 'USD' });
    // The wire itself: the same JSON as the Money scalar wrote, nothing more (no __typename unless asked).
    const text = await rawAnswer(
      `query MoneyShapeRaw($filter: PendingPaymentFilterInput!) { pendingPayments(filter: $filter) { nodes { balance { amount currency } } } }`,
      { filter: { partnerIds: [partnerId] } },
      fx.tokens.admin,
    );
    expect(text).toContain(`"balance":{"amount":${MAX_ABS_AMOUNT},"currency":"USD"}`);

    // 1000 more of the largest amount: a sum past Number.MAX_SAFE_INTEGER, exact as a digit string.
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at, payable_at)
       SELECT $1, $2, 'REWARD', 'APPROVED', 'USD', $3, $3, 'big reward ' || i, now(), now() FROM generate_series(1, 1000) i`,
      [fx.programId, partnerId, MAX_ABS_AMOUNT],
    );
    const exact = (BigInt(MAX_ABS_AMOUNT) * 1001n).toString();
    const balance = await app.gqlData(BALANCE, { filter: { partnerIds: [partnerId] } }, fx.tokens.admin);
    expect(balance.pendingPayments.nodes).toEqual([{ partnerId, balance: { amount: exact, currency: 'USD' } }]);
    const bigText = await rawAnswer(
      `query MoneyShapeRawBig($filter: PendingPaymentFilterInput!) { pendingPayments(filter: $filter) { nodes { balance { amount currency } } } }`,
      { filter: { partnerIds: [partnerId] } },
      fx.tokens.admin,
    );
    expect(bigText).toContain(`"balance":{"amount":"${exact}","currency":"USD"}`);
  });

  it('refuses a money variable with another field, a fraction, a string amount or an unknown currency with BAD_USER_INPUT', async () => {
    const reward = (amount: unknown) =>
      app.gqlUntypedProbe(REWARD, { input: { partnerId: fx.partnerA.id, description: 'refused', amount } }, fx.tokens.admin);
    for (const amount of [
      { amount: 100, currency: 'USD', __typename: 'Money' },
      { amount: 100, currency: 'USD', cents: 1 },
      { amount: 1.5, currency: 'USD' },
      { amount: '100', currency: 'USD' },
      { amount: MAX_ABS_AMOUNT + 1, currency: 'USD' },
      { amount: 100, currency: 'XXX' },
      { amount: 100 },
      100,
    ]) {
      const answer = await reward(amount);
      expect(errorCode(answer), JSON.stringify(amount)).toBe('BAD_USER_INPUT');
      expect(answer.data ?? null).toBeNull();
    }
    const fraction = await reward({ amount: 1.5, currency: 'USD' });
    expect(fraction.errors?.[0]?.message).toMatch(/Amount must be a whole number of minor units/);
    const extra = await reward({ amount: 100, currency: 'USD', cents: 1 });
    expect(extra.errors?.[0]?.message).toMatch(/"cents" is not defined by type "MoneyInput"/);
  });

  it('refuses a fractional literal in the document with BAD_USER_INPUT too', async () => {
    const answer = await app.gqlUntypedProbe(
      `mutation MoneyShapeLiteral($partnerId: UUID!) {
        createManualReward(input: { partnerId: $partnerId, description: "literal", amount: { amount: 1.5, currency: "USD" } }) { id }
      }`,
      { partnerId: fx.partnerA.id },
      fx.tokens.admin,
    );
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
  });
});
