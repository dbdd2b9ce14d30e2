import { ApiKeyScope, Attribution, CommissionRuleType, MerchantRole } from '@partnerbook/shared';
import { RequestContext } from '../../server/src/common/request-context';
import { Program } from '../../server/src/programs/program.entity';
import { createAccount, createApiKey } from '../../server/src/auth/auth.service';
import { createPartner } from '../../server/src/partners/partner.service';
import { createProduct } from '../../server/src/products/product.service';
import { Partner } from '../../server/src/partners/partner.entity';
import { Product } from '../../server/src/products/product.entity';
import { expectTypename, TestApp } from './test-app';
import { graphql } from '../gql';
import type { SaleInput } from '../gql/graphql';

export interface ProgramFixture {
  programId: string;
  system: RequestContext;
  partnerA: Partner;
  partnerB: Partner;
  products: { tent: Product; club: Product; gift: Product; pack: Product };
  tokens: { admin: string; viewer: string; partnerA: string; partnerB: string; apiRead: string; apiWrite: string };
}

const LOGIN = graphql(`
  mutation FixtureLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on AuthSession {
        token
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export async function loginAs(app: TestApp, email: string, password: string): Promise<string> {
  const response = await app.gql(LOGIN, { input: { email, password } });
  const login = response.data?.login;
  if (login?.__typename !== 'AuthSession') throw new Error(`login failed for ${email}: ${JSON.stringify(response)}`);
  return login.token;
}

let programCounter = 0;

/**
 * A program with an admin, a viewer, two partners with logins, read and write API keys and
 * four products: 10 % tent (program default attribution LAST), flat 5 USD club (FIRST),
 * 12.5 % pack (BOTH), and a non-commissionable gift card.
 */
export async function createProgramFixture(
  app: TestApp,
  options: { holdingPeriodDays?: number; payThresholds?: Record<string, number>; name?: string } = {},
): Promise<ProgramFixture> {
  const n = ++programCounter;
  const tag = `${n}-${Math.random().toString(36).slice(2, 8)}`;
  const repo = app.dataSource.getRepository(Program);
  const program = await repo.save(
    repo.create({
      name: options.name ?? `Program ${tag}`,
      currency: 'USD',
      defaultAttribution: Attribution.LAST,
      payThresholdMap: options.payThresholds ?? { USD: 5_000 },
      holdingPeriodDays: options.holdingPeriodDays ?? 0,
      autoApprove: false,
    }),
  );
  const system = RequestContext.system(app.dataSource, program.id);
  const password = 'correct horse battery';
  const adminAccount = await createAccount(system, {
    programId: program.id,
    email: `admin-${tag}@test.dev`,
    displayName: 'Admin',
    password,
    merchantRole: MerchantRole.ADMIN,
  });
  await createAccount(system, {
    programId: program.id,
    email: `viewer-${tag}@test.dev`,
    displayName: 'Viewer',
    password,
    merchantRole: MerchantRole.VIEWER,
  });
  const partnerA = await createPartner(system, {
    name: `Partner A ${tag}`,
    email: `a-${tag}@test.dev`,
    partnerKey: `a-${tag}`,
    paypalEmail: `a-pp-${tag}@test.dev`,
    password,
  });
  const partnerB = await createPartner(system, { name: `Partner B ${tag}`, email: `b-${tag}@test.dev`, partnerKey: `b-${tag}`, password });
  const tent = await createProduct(system, {
    sku: 'TENT',
    name: 'Tent',
    commissionable: true,
    rule: { type: CommissionRuleType.PERCENT, rateBps: 1000 },
  });
  const club = await createProduct(system, {
    sku: 'CLUB',
    name: 'Club',
    commissionable: true,
    rule: { type: CommissionRuleType.FLAT, flatAmount: { amount: 500, currency: 'USD' } },
    attribution: Attribution.FIRST,
  });
  const pack = await createProduct(system, {
    sku: 'PACK',
    name: 'Pack',
    commissionable: true,
    rule: { type: CommissionRuleType.PERCENT, rateBps: 1250 },
    attribution: Attribution.BOTH,
  });
  const gift = await createProduct(system, {
    sku: 'GIFT',
    name: 'Gift card',
    commissionable: false,
    rule: { type: CommissionRuleType.PERCENT, rateBps: 0 },
  });
  const admin = {
    kind: 'MERCHANT' as const,
    accountId: adminAccount.id,
    programId: program.id,
    role: MerchantRole.ADMIN,
    label: 'fixture',
  };
  const asAdmin = new RequestContext(app.dataSource, admin);
  const apiRead = (await createApiKey(asAdmin, { name: 'bi', scope: ApiKeyScope.READ })).secret;
  const apiWrite = (await createApiKey(asAdmin, { name: 'backoffice', scope: ApiKeyScope.WRITE })).secret;
  const [adminToken, viewer, a, b] = await Promise.all([
    loginAs(app, `admin-${tag}@test.dev`, password),
    loginAs(app, `viewer-${tag}@test.dev`, password),
    loginAs(app, `a-${tag}@test.dev`, password),
    loginAs(app, `b-${tag}@test.dev`, password),
  ]);
  return {
    programId: program.id,
    system,
    partnerA,
    partnerB,
    products: { tent, club, gift, pack },
    tokens: { admin: adminToken, viewer, partnerA: a, partnerB: b, apiRead, apiWrite },
  };
}

const RECORD_SALES = graphql(`
  mutation FixtureRecordSales($sales: [SaleInput!]!) {
    recordSales(sales: $sales) {
      results {
        externalId
        result {
          __typename
          ... on SaleRecorded {
            created
            sale {
              id
              amount {
                amount
                currency
              }
              refunded {
                amount
                currency
              }
            }
            commissions {
              id
              partnerId
              amount {
                amount
                currency
              }
              status
              kind
              payableAt
            }
          }
          ... on NotFoundError {
            entity
            reference
          }
          ... on ErrorResult {
            code
            message
          }
        }
      }
    }
  }
`);

/** Records sales through the API as the merchant admin; returns the result items. */
export async function recordSales(app: TestApp, token: string, sales: SaleInput[]) {
  const { recordSales } = await app.gqlData(RECORD_SALES, { sales }, token);
  return recordSales.results;
}

export const usd = (amount: number) => ({ amount, currency: 'USD' });
export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A recordSales item's outcome as a recorded sale, failing the test when the sale was refused. */
export function saleRecorded(item: { externalId: string; result: RecordSalesResult }) {
  return expectTypename(item.result, 'SaleRecorded');
}
type RecordSalesResult = Awaited<ReturnType<typeof recordSales>>[number]['result'];
