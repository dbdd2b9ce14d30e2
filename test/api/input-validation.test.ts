import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMetadataStorage as validationMetadata, ValidationTypes } from 'class-validator';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { buildAppSchema } from '../../server/src/schema';

/**
 * Walks every input type of the schema: for each field that carries a validation rule, nested
 * or not, it sends a request (from a root field down to that field) that breaks the rule, and
 * checks the answer is BAD_USER_INPUT naming that field, and that the database did not change.
 */
let app: TestApp;
let fx: ProgramFixture;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  schema = await buildAppSchema();
});
afterAll(async () => app?.close());

interface Rule {
  name: string;
  constraints: unknown[];
}

/** Values that break one class-validator rule (a string, number or list of the field's type). */
function violations(rule: Rule, sampleItem: () => unknown): unknown[] {
  const [a, b] = rule.constraints as [number, number];
  switch (rule.name) {
    case 'isLength':
      return [...(a > 0 ? ['x'.repeat(a - 1)] : []), ...(b !== undefined ? ['x'.repeat(b + 1)] : [])];
    case 'maxLength':
      return ['x'.repeat(a + 1)];
    case 'minLength':
      return a > 0 ? ['x'.repeat(a - 1)] : [];
    case 'min':
      return [a - 1];
    case 'max':
      return [a + 1];
    case 'isEmail':
      return ['not-an-email'];
    case 'matches': {
      const pattern = rule.constraints[0] as RegExp;
      return ['', 'has spaces and !?', 'x'.repeat(300)].filter((candidate) => !pattern.test(candidate)).slice(0, 1);
    }
    case 'arrayMaxSize':
      return [Array.from({ length: a + 1 }, sampleItem)];
    case 'arrayMinSize':
      return a > 0 ? [[]] : [];
    default:
      throw new Error(`No breaking value known for the rule "${rule.name}": teach this test about it`);
  }
}

/** Rules of each input class, by property; conditional markers (IsOptional) are not rules. */
function rulesOf(target: Function): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  for (const meta of validationMetadata().getTargetValidationMetadatas(target, '', true, false)) {
    if (meta.type === ValidationTypes.CONDITIONAL_VALIDATION || meta.type === ValidationTypes.IS_DEFINED) continue;
    const name =
      meta.name ??
      (meta.type === ValidationTypes.CUSTOM_VALIDATION
        ? validationMetadata().getTargetValidatorConstraints(meta.constraintCls)[0]?.name
        : meta.type);
    if (!name) continue;
    rules.set(meta.propertyName, [...(rules.get(meta.propertyName) ?? []), { name, constraints: meta.constraints ?? [] }]);
  }
  return rules;
}

const UUID = '00000000-0000-4000-8000-000000000000';

/** A value GraphQL accepts for a type: only required fields, each with a plain sample. */
function sample(type: GraphQLInputType): unknown {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- getNullableType's overloads lose the input-ness
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [sample(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sample(field.type);
    }
    return value;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'ID':
      case 'UUID':
        return UUID;
      case 'CurrencyCode':
        return 'USD';
      case 'String':
        return 'x';
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'Amount':
      case 'MinorUnits':
        return 100;
      case 'DateTimeISO':
        return '2030-01-01T00:00:00.000Z';
    }
  }
  throw new Error(`No sample for ${String(nullable)}`);
}

interface Route {
  rootType: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  /** Input fields from the argument's type down to the input type that holds the rule. */
  hops: { type: GraphQLInputObjectType; field: string }[];
}

/** The shortest way from a root field's argument to each input type. */
function routes(): Map<string, Route> {
  const found = new Map<string, Route>();
  const queue: { type: GraphQLInputObjectType; route: Route }[] = [];
  for (const rootType of ['mutation', 'query'] as const) {
    const root = rootType === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const field of Object.values(root.getFields())) {
      for (const arg of field.args) {
        const type = getNamedType(arg.type);
        if (isInputObjectType(type) && !found.has(type.name)) {
          const route = { rootType, field, arg, hops: [] };
          found.set(type.name, route);
          queue.push({ type, route });
        }
      }
    }
  }
  while (queue.length > 0) {
    const { type, route } = queue.shift()!;
    for (const inner of Object.values(type.getFields())) {
      const named = getNamedType(inner.type);
      if (!isInputObjectType(named) || found.has(named.name)) continue;
      const next = { ...route, hops: [...route.hops, { type, field: inner.name }] };
      found.set(named.name, next);
      queue.push({ type: named, route: next });
    }
  }
  return found;
}

/** Sets `value` at the end of the route inside a sample argument; returns the argument and the field's path in it. */
function argumentWith(route: Route, target: GraphQLInputObjectType, fieldName: string, value: unknown) {
  const argument = sample(route.arg.type);
  let holder: Record<string, unknown> = (Array.isArray(argument) ? argument[0] : argument) as Record<string, unknown>;
  let path = Array.isArray(argument) ? '[0]' : '';
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const hop of route.hops) {
    const fieldType = hop.type.getFields()[hop.field].type;
    const inner = sample(getNamedType(fieldType)) as Record<string, unknown>;
    const list = isListType(getNullableType(fieldType));
    holder[hop.field] = list ? [inner] : inner;
    path = list ? `${join(hop.field)}[0]` : join(hop.field);
    holder = inner;
  }
  holder[fieldName] = value;
  expect(target.getFields()[fieldName]).toBeDefined();
  return { argument, path: join(fieldName) };
}

function operationFor(route: Route) {
  const variables = route.field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && arg !== route.arg);
  const declared = [route.arg, ...variables].map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = [route.arg, ...variables].map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isScalarType(getNamedType(route.field.type)) || isEnumType(getNamedType(route.field.type)) ? '' : ' { __typename }';
  return {
    query: `${route.rootType} Walk(${declared}) { ${route.field.name}(${passed})${selection} }`,
    others: Object.fromEntries(variables.map((arg) => [arg.name, sample(arg.type)])),
  };
}

/** Every table's rows, hashed: equal before and after means nothing changed. */
async function fingerprint(): Promise<string> {
  const tables = await queryRows<{ name: string }>(
    app,
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
  );
  const [{ hash }] = await queryRows<{ hash: string }>(
    app,
    `SELECT md5(${tables.map((t) => `(SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM "${t.name}" x)`).join(' || ')}) AS hash`,
  );
  return hash;
}

describe('every validation rule of every input type, nested or not', () => {
  it('answers BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const paths = routes();
    const tokens = [fx.tokens.admin, fx.tokens.partnerA, null];
    const checked: string[] = [];
    const unreachable: string[] = [];
    const before = await fingerprint();
    for (const inputType of typeGraphqlMetadata().inputTypes) {
      const graphqlType = schema.getType(inputType.name);
      if (!isInputObjectType(graphqlType)) continue;
      for (const [property, rules] of rulesOf(inputType.target)) {
        const field = inputType.fields?.find((candidate) => candidate.name === property);
        if (!field) continue;
        const route = paths.get(inputType.name);
        if (!route) {
          unreachable.push(`${inputType.name}.${field.schemaName}`);
          continue;
        }
        const itemType = getNamedType(graphqlType.getFields()[field.schemaName].type) as GraphQLInputType;
        for (const rule of rules) {
          for (const bad of violations(rule, () => sample(itemType))) {
            const { argument, path } = argumentWith(route, graphqlType, field.schemaName, bad);
            const { query, others } = operationFor(route);
            let answer;
            for (const token of tokens) {
              // Built at run time from the schema: untyped by nature.
              answer = await app.gqlUntypedProbe(query, { [route.arg.name]: argument, ...others }, token);
              const code = answer.errors?.[0]?.extensions?.code;
              if (code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED') break;
            }
            const label = `${route.field.name}(${route.arg.name}) → ${inputType.name}.${field.schemaName} ${rule.name}`;
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc (evolving `let`) sees it possibly undefined after the loop
            expect(answer!.errors?.[0]?.extensions?.code, `${label}: ${JSON.stringify(answer!.errors)}`).toBe('BAD_USER_INPUT');
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc (evolving `let`) sees it possibly undefined after the loop
            const named = (answer!.errors?.[0]?.extensions?.validationErrors as { property: string }[] | undefined)?.map((p) => p.property);
            expect(named, label).toContain(path);
            checked.push(label);
          }
        }
      }
    }
    expect(await fingerprint()).toBe(before);
    expect(unreachable).toEqual([]);
    // The walk reached the nested rules the review found skipped: email subject and body, the commission rate.
    const nested = checked.filter((label) => /ComposeEmailInput\.(subject|body)|CommissionRuleInput\.rateBps/.test(label));
    expect(nested.length).toBeGreaterThanOrEqual(5);
    expect(checked.length).toBeGreaterThan(60);
  });
});

describe('every UUID and CurrencyCode argument and input field', () => {
  const BAD: Record<string, unknown[]> = { UUID: ['nope', "'; DROP TABLE sale; --", 42], CurrencyCode: ['usd', 'XXX', 'EURO'] };
  const edgeScalar = (type: GraphQLInputType) => getNamedType(type).name in BAD;
  const badFor = (type: GraphQLInputType, bad: unknown) => (isListType(getNullableType(type)) ? [bad] : bad);

  it('refuses a malformed value with BAD_USER_INPUT naming the variable and field, and changes nothing', async () => {
    const before = await fingerprint();
    const checked: string[] = [];
    const expectRefused = (answer: { errors?: { message: string; extensions?: { code?: unknown } }[] }, label: string, named: string[]) => {
      const error = answer.errors?.[0];
      expect(error?.extensions?.code, `${label}: ${JSON.stringify(answer.errors)}`).toBe('BAD_USER_INPUT');
      for (const name of named) expect(error?.message, label).toContain(name);
      expect(error?.message, label).toMatch(/expected (a UUID|an ISO 4217 currency code)/);
      checked.push(label);
    };
    // Root field arguments.
    for (const rootType of ['mutation', 'query'] as const) {
      const root = rootType === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      for (const field of Object.values(root.getFields())) {
        for (const arg of field.args.filter((candidate) => edgeScalar(candidate.type))) {
          const { query, others } = operationFor({ rootType, field, arg, hops: [] });
          for (const bad of BAD[getNamedType(arg.type).name]) {
            const answer = await app.gqlUntypedProbe(query, { ...others, [arg.name]: badFor(arg.type, bad) }, fx.tokens.admin);
            expectRefused(answer, `${field.name}(${arg.name}: ${JSON.stringify(bad)})`, [`"$${arg.name}"`]);
          }
        }
      }
    }
    // Input fields, nested or not, reached from a root field as the rules above are.
    const paths = routes();
    for (const [typeName, route] of paths) {
      const type = schema.getType(typeName) as GraphQLInputObjectType;
      for (const field of Object.values(type.getFields()).filter((candidate) => edgeScalar(candidate.type))) {
        for (const bad of BAD[getNamedType(field.type).name]) {
          const { argument, path } = argumentWith(route, type, field.name, badFor(field.type, bad));
          const { query, others } = operationFor(route);
          const answer = await app.gqlUntypedProbe(query, { [route.arg.name]: argument, ...others }, fx.tokens.admin);
          expectRefused(answer, `${route.field.name}(${route.arg.name}) → ${typeName}.${field.name}: ${JSON.stringify(bad)}`, [
            `"$${route.arg.name}"`,
            path.split(/[.[]/).pop()!,
          ]);
        }
      }
    }
    // A literal in the document, not a variable: the same code.
    const literal = await app.gqlUntypedProbe(`mutation { revokeApiKey(id: "nope") { id } }`, {}, fx.tokens.admin);
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0]?.message).toMatch(/"UUID!".*expected a UUID/);
    expect(await fingerprint()).toBe(before);
    expect(checked.length).toBeGreaterThan(150);
  });
});

describe('bulk variables priced once per document', () => {
  it('a document already priced still refuses variables that do not fit, with the same code, and records nothing', async () => {
    const RECORD = `mutation Ingest($sales: [SaleInput!]!) {
      recordSales(sales: $sales) { results { externalId result { __typename } } }
    }`;
    const sale = (externalId: string, amount: unknown) => ({
      externalId,
      customerExternalId: `${externalId}-c`,
      productSku: 'TENT',
      amount: { amount, currency: 'USD' },
    });
    const first = await app.gqlUntypedProbe(RECORD, { sales: [sale('priced-1', 1_000)] }, fx.tokens.admin);
    expect(first.errors).toBeUndefined();
    const before = await queryRows<{ n: string }>(app, `SELECT count(*)::text AS n FROM sale WHERE program_id = $1`, [fx.programId]);
    // Same document and the same priced variables (none): its price comes from the cache, and execution coerces the sales.
    for (const bad of ['12.50', null, { amount: 5 }]) {
      const answer = await app.gqlUntypedProbe(RECORD, { sales: [sale('priced-2', 1_000), sale('priced-3', bad)] }, fx.tokens.admin);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer.errors)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toContain('"$sales"');
    }
    const missing = await app.gqlUntypedProbe(RECORD, {}, fx.tokens.admin);
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await queryRows(app, `SELECT count(*)::text AS n FROM sale WHERE program_id = $1`, [fx.programId])).toEqual(before);
  });
});
