import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { buildAppSchema } from '../schema';
import { MAX_DOCUMENT_TOKENS, MAX_FRAGMENT_NESTING, QueryCostEstimator, queryValidationRules } from './query-limits';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const errorsOf = (query: string) =>
  validate(schema, parse(query, { maxLexicalTokens: MAX_DOCUMENT_TOKENS }), [...specifiedRules, ...queryValidationRules()]).map(
    (e) => e.message,
  );

describe('validation rules', () => {
  it('refuse a fragment cycle as a validation error instead of walking it forever', () => {
    const errors = errorsOf(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
    expect(errors.some((message) => /Cannot spread fragment "A" within itself/.test(message))).toBe(true);
  });

  const chain = (links: number) => {
    let query = 'query { ...F0 } ';
    for (let i = 0; i < links; i++) query += `fragment F${i} on Query { ...F${i + 1} } `;
    return query + `fragment F${links} on Query { me { kind } }`;
  };

  it('refuse fragments nested more than 10 deep, even the longest chain the token cap lets through', () => {
    expect(errorsOf(chain(MAX_FRAGMENT_NESTING - 1))).toEqual([]);
    expect(errorsOf(chain(MAX_FRAGMENT_NESTING))).toEqual(['Fragments are nested more than 10 deep']);
    const longest = Math.floor(MAX_DOCUMENT_TOKENS / 8) - 2;
    expect(errorsOf(chain(longest))).toEqual(['Fragments are nested more than 10 deep']);
    expect(() =>
      parse(chain(longest) + ' fragment X on Query { me { kind } }'.repeat(200), { maxLexicalTokens: MAX_DOCUMENT_TOKENS }),
    ).toThrow(/tokens/);
  });

  it('measure each fragment once, so a fragment spread thousands of times in each of ten layers is quick', () => {
    const layers = 9;
    let query = 'query { ...L0 } ';
    for (let i = 0; i < layers; i++) query += `fragment L${i} on Query { ${`...L${i + 1} `.repeat(1000)}} `;
    query += `fragment L${layers} on Query { a: me { kind } }`;
    // Expanding 1000^9 spreads one by one would never finish; measured per fragment it is one pass.
    const errors = errorsOf(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Aliases limit of 15 exceeded, found 1(\.0+\d*)?e\+27\.$/);
  });

  it('limit depth through fragments and inline fragments', () => {
    const ok = `{ me { partner { commissions { nodes { sale { commissions { partner { payments { nodes { id } } } } } } } } } }`;
    expect(errorsOf(ok)).toEqual([]);
    const deep = `{ me { partner { ...P } } } fragment P on Partner { commissions { nodes { ... on Commission { sale { commissions { partner { payments { nodes { partner { payments { nodes { id } } } } } } } } } } } }`;
    expect(errorsOf(deep)).toEqual(["'' exceeds maximum operation depth of 10"]);
  });

  it('allow 15 aliases in a document and refuse the 16th, fragments included', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: kind`).join(' ');
    expect(errorsOf(`{ me { ${aliases(15)} } }`)).toEqual([]);
    expect(errorsOf(`{ me { ...V } } fragment V on Viewer { ${aliases(16)} }`)).toEqual(['Aliases limit of 15 exceeded, found 16.']);
  });

  it('allow one login per request, whether repeated, aliased or spread', () => {
    const login = `login(input: { email: "a@b.co", password: "x" }) { __typename }`;
    expect(errorsOf(`mutation { ${login} }`)).toEqual([]);
    expect(errorsOf(`mutation { a: ${login} b: ${login} }`)).toEqual(['Only one login per request']);
    expect(errorsOf(`mutation { ${login} ...L } fragment L on Mutation { again: ${login} }`)).toEqual(['Only one login per request']);
  });
});

describe('query cost', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    new QueryCostEstimator(schema).estimate(parse(query), query, undefined, variables);

  it('weighs root fields and database fields far above scalars', () => {
    expect(cost(`{ me { kind } }`)).toBe(26);
    expect(cost(`{ me { kind label displayName } }`)).toBe(28);
    expect(cost(`mutation { logout }`)).toBe(50);
    expect(cost(`{ pendingPayments { totalCount } }`)).toBe(250 + 25 * 1);
  });

  it('multiplies a page by its size (25 when not given) and a per-parent resolver by its parents', () => {
    expect(cost(`{ sales(page: { first: 10 }) { nodes { id } } }`)).toBe(25 + 10 * (1 + 1));
    expect(cost(`{ sales { nodes { id } } }`)).toBe(25 + 25 * (1 + 1));
    // A per-parent list (its own paged SQL for every partner) costs a query per parent.
    expect(
      cost(`query($p: PageInput!) { partners(page: $p) { nodes { id commissions(page: { first: 2 }) { nodes { id } } } } }`, {
        p: { first: 4 },
      }),
    ).toBe(25 + 4 * (1 + 1 + 25 + 2 * (1 + 1)));
    expect(cost(`query($p: PageInput!) { sales(page: $p) { nodes { id commissions { id } } } }`, { p: { first: 4 } })).toBe(
      25 + 4 * (1 + 1 + 2 + 1),
    );
    // A batched relation (DataLoader) costs a little per parent, not a query.
    expect(cost(`{ commissions(page: { first: 4 }) { nodes { partner { id } } } }`)).toBe(25 + 4 * (1 + 2 + 1));
  });

  it('answers a repeated request from its cache, keyed by document and variables', () => {
    const estimator = new QueryCostEstimator(schema);
    const query = `query($p: PageInput!) { sales(page: $p) { nodes { id } } }`;
    expect(estimator.estimate(parse(query), 'hash', undefined, { p: { first: 2 } })).toBe(29);
    expect(estimator.estimate(parse('{ __typename }'), 'hash', undefined, { p: { first: 2 } })).toBe(29);
    expect(estimator.estimate(parse(query), 'hash', undefined, { p: { first: 3 } })).toBe(31);
  });

  it('keys its cache by the variables a price can depend on, not by bulk inputs', () => {
    const estimator = new QueryCostEstimator(schema);
    const record = `mutation($sales: [SaleInput!]!) { recordSales(sales: $sales) { results { externalId } } }`;
    const sale = { externalId: 'e', customerExternalId: 'c', productSku: 'TENT', amount: { amount: 1, currency: 'USD' } };
    const price = estimator.estimate(parse(record), 'record', undefined, { sales: [sale] });
    // Priced already: another batch is not coerced again here (execution coerces it and reports what does not fit).
    expect(estimator.estimate(parse(record), 'record', undefined, { sales: [{ ...sale, amount: 'x' }] })).toBe(price);
    const paged = `query($p: PageInput!, $withId: Boolean!) { sales(page: $p) { nodes { id @include(if: $withId) } } }`;
    expect(estimator.estimate(parse(paged), 'paged', undefined, { p: { first: 2 }, withId: true })).toBe(25 + 2 * (1 + 1));
    expect(estimator.estimate(parse(paged), 'paged', undefined, { p: { first: 3 }, withId: true })).toBe(25 + 3 * (1 + 1));
    expect(estimator.estimate(parse(paged), 'paged', undefined, { p: { first: 3 }, withId: false })).toBe(25 + 3 * 1);
  });

  it('reports variables that do not fit as the caller’s input error', () => {
    expect(() => cost(`query($p: PageInput!) { sales(page: $p) { nodes { id } } }`, { p: { first: 'x' } })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
