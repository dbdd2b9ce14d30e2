import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd } from '../support/fixtures';

/** Defects an integrator met (issue 13, "The API as an integrator meets it"). */
let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

const CANCEL = `mutation($input: CancelCommissionsInput!) {
  cancelCommissions(input: $input) { succeeded items { result { __typename ... on Commission { status cancelReason } } } }
}`;

describe('cancel reason (item 2)', () => {
  it('refuses a reason of only spaces, changing nothing, and stores a reason trimmed', async () => {
    const [recorded] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: 'reason-1',
        customerExternalId: 'reason-c',
        productSku: 'TENT',
        amount: usd(10_000),
        partnerKey: fx.partnerA.partnerKey,
      },
    ]);
    const id = recorded.result.commissions[0].id;
    for (const reason of ['   ', '\t\n ', '']) {
      const refused = await app.gql(CANCEL, { input: { selection: { ids: [id] }, reason } }, fx.tokens.admin);
      expect(refused.errors?.[0].extensions?.code, JSON.stringify(reason)).toBe('BAD_USER_INPUT');
    }
    const [{ status }] = await app.dataSource.query(`SELECT status FROM commission WHERE id = $1`, [id]);
    expect(status).toBe('PENDING');
    const done = await app.gql(CANCEL, { input: { selection: { ids: [id] }, reason: '  duplicate order  ' } }, fx.tokens.admin);
    expect(done.errors).toBeUndefined();
    expect(done.data.cancelCommissions.items[0].result).toEqual({
      __typename: 'Commission',
      status: 'CANCELLED',
      cancelReason: 'duplicate order',
    });
  });
});
