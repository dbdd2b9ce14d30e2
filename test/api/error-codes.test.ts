import fs from 'node:fs';
import path from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode, PayoutExclusionReason } from '@partnerbook/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';

/**
 * Issue 13 item 7: every code the API answers — `extensions.code` of GraphQL errors, the JSON
 * errors of downloads and of requests refused before GraphQL, `ErrorResult.code` — and every
 * "left out" reason is a value of a schema enum, and the schema publishes no code that nothing
 * produces. The registry is `ErrorCode` in shared/src/error-codes.ts, which the server names
 * codes through.
 */
let app: TestApp;
let fx: ProgramFixture;
let errorCodes: string[];

const ENUM_VALUES = graphql(`
  query ErrorCodesEnumValues($name: String!) {
    __type(name: $name) {
      kind
      enumValues {
        name
      }
    }
  }
`);
const EXCLUSION_FIELDS = graphql(`
  query ErrorCodesExclusionFields {
    __type(name: "PaypalPayoutExclusion") {
      fields {
        name
        type {
          ofType {
            name
            kind
          }
        }
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation ErrorCodesApprove($selection: CommissionSelection!) {
    approveCommissions(selection: $selection) {
      succeeded
    }
  }
`);
const PLAN = graphql(`
  query ErrorCodesPlan($input: PaypalPayoutInput!) {
    paypalPayoutPlan(input: $input) {
      excluded {
        partnerId
        reason
      }
    }
  }
`);

const SERVER_SRC = path.resolve(__dirname, '../../server/src');

function serverSources(dir = SERVER_SRC): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(file);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) return [];
    return [{ file: path.relative(SERVER_SRC, file), text: fs.readFileSync(file, 'utf8') }];
  });
}

async function enumValues(name: string): Promise<string[]> {
  const response = await app.gql(ENUM_VALUES, { name });
  expect(response.data?.__type?.kind, name).toBe('ENUM');
  const values = response.data?.__type?.enumValues;
  if (!values) throw new Error(`no enum values for ${name}: ${JSON.stringify(response)}`);
  return values.map((value) => value.name).sort();
}

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  errorCodes = await enumValues('ErrorCode');
});
afterAll(async () => app?.close());

describe('error codes', () => {
  it('the schema enum is exactly the shared registry, and holds every code Apollo Server answers', () => {
    expect(errorCodes).toEqual(Object.values(ErrorCode).sort());
    expect(Object.values(ApolloServerErrorCode).filter((code) => !errorCodes.includes(code))).toEqual([]);
  });

  it('the server names no code outside the registry, and every published code is produced somewhere', () => {
    const sources = serverSources();
    // Codes written out as literals: `code: 'X'` in an error's extensions, or a download's sendError(res, status, 'X').
    const literal = /(?:\bcode:\s*|sendError\([^,]+,\s*\d+,\s*)'([A-Z][A-Z0-9_]+)'/g;
    const unregistered = sources.flatMap(({ file, text }) =>
      [...text.matchAll(literal)]
        .map((m) => m[1])
        .filter((code) => !errorCodes.includes(code))
        .map((code) => `${file}: ${code}`),
    );
    expect(unregistered).toEqual([]);
    const named = new Set(sources.flatMap(({ text }) => [...text.matchAll(/ErrorCode\.([A-Z0-9_]+)/g)].map((m) => m[1])));
    const apollo = new Set<string>(Object.values(ApolloServerErrorCode));
    expect(errorCodes.filter((code) => !named.has(code) && !apollo.has(code))).toEqual([]);
  });

  it('every code answered before or around GraphQL is in the schema', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const answers: [string, Response][] = [
      ['body over 1 MB', await post(JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }))],
      ['unreadable JSON', await post('{"query": ')],
      ['no query', await post(JSON.stringify({ variables: {} }))],
      ['parse failure', await post(JSON.stringify({ query: '{ me {' }))],
      ['validation failure', await post(JSON.stringify({ query: '{ noSuchField }' }))],
      ['unknown operation name', await post(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }))],
      [
        'unknown persisted query',
        await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })),
      ],
      ['GET without the CSRF header', await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`)],
    ];
    const codes: string[] = [];
    for (const [what, response] of answers) {
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const code = body.errors?.[0]?.extensions?.code;
      expect(code, what).toBeTruthy();
      expect(errorCodes, `${what}: ${code}`).toContain(code);
      codes.push(code!);
    }
    expect(codes.slice(0, 2)).toEqual([ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.BAD_REQUEST]);
  });
});

describe('left-out reasons', () => {
  it('PaypalPayoutExclusion.reason is the PayoutExclusionReason enum; a plan and a download with nobody payable answer from the enums', async () => {
    expect(await enumValues('PayoutExclusionReason')).toEqual(Object.values(PayoutExclusionReason).sort());
    const field = await app.gqlData(EXCLUSION_FIELDS);
    const reason = field.__type?.fields?.find((f) => f.name === 'reason');
    expect(reason?.type.ofType).toEqual({ name: 'PayoutExclusionReason', kind: 'ENUM' });

    // Partner B has no PayPal email: left out with a reason, and a download of only them answers NO_PAYABLE_PARTNERS.
    const [recorded] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: 'left-out-1',
        customerExternalId: 'left-out-c',
        productSku: 'TENT',
        amount: usd(100_000),
        partnerKey: fx.partnerB.partnerKey,
      },
    ]);
    const approved = await app.gql(APPROVE, { selection: { ids: [saleRecorded(recorded).commissions[0].id] } }, fx.tokens.admin);
    expect(approved.data?.approveCommissions.succeeded).toBe(1);
    const plan = await app.gql(PLAN, { input: { partnerIds: [fx.partnerB.id] } }, fx.tokens.admin);
    expect(plan.data?.paypalPayoutPlan.excluded).toEqual([{ partnerId: fx.partnerB.id, reason: PayoutExclusionReason.NO_PAYPAL_EMAIL }]);
    const download = await fetch(`${app.url}/exports/paypal-payouts?partnerIds=${fx.partnerB.id}`, {
      headers: { authorization: `Bearer ${fx.tokens.admin}` },
    });
    expect(download.status).toBe(422);
    const body = (await download.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe(ErrorCode.NO_PAYABLE_PARTNERS);
    expect(errorCodes).toContain(body.errors[0].extensions.code);
  });
});
