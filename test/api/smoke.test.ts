import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';

const ME = graphql(`
  query SmokeMe {
    me {
      kind
      partner {
        name
        stats {
          salesCount
          balances {
            status
            total {
              amount
              currency
            }
            count
          }
        }
      }
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

describe('smoke', () => {
  it('records a referred sale and shows the partner their pending commission', async () => {
    const results = await recordSales(app, fx.tokens.admin, [
      { externalId: 's1', customerExternalId: 'c1', productSku: 'TENT', amount: usd(10_000), partnerKey: fx.partnerA.partnerKey },
    ]);
    expect(results[0].result.__typename).toBe('SaleRecorded');
    expect(saleRecorded(results[0]).commissions).toHaveLength(1);
    expect(saleRecorded(results[0]).commissions[0].amount).toEqual(usd(1_000));
    const me = await app.gql(ME, {}, fx.tokens.partnerA);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.partner?.stats.balances).toEqual([{ status: 'PENDING', total: usd(1_000), count: 1 }]);
  });
});
