import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { PartnerbookClient, PartnerbookError } from '../../docs/examples/typed-client/client';
import { recordAndCatchUp } from '../../docs/examples/typed-client/worked-example';

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

/** docs/api.md's worked example (docs/examples/typed-client/), compiled by `npm run typecheck` and run here as written. */
describe('the typed-client example of docs/api.md', () => {
  it('records sales, reports each outcome and catches up on the feed from its cursor', async () => {
    const client = new PartnerbookClient(`${app.url}/graphql`, fx.tokens.apiWrite);
    const sale = (externalId: string, amount: number) => ({
      externalId,
      customerExternalId: `cust-${externalId}`,
      productSku: 'TENT',
      amount: { amount, currency: 'USD' },
      partnerKey: fx.partnerA.partnerKey,
    });

    const first = await recordAndCatchUp(client, [sale('ord-1', 10_000), sale('ord-2', 5_000)], null);
    expect(first.outcomes).toEqual([`ord-1: recorded (${fx.partnerA.name} 1000 USD)`, `ord-2: recorded (${fx.partnerA.name} 500 USD)`]);
    expect(first.events.map((e) => e.type)).toEqual(['sale.recorded', 'sale.recorded']);
    expect(first.cursor).not.toBeNull();

    // A retry after a timeout is safe, a changed amount is refused, and the feed resumes after the cursor.
    const second = await recordAndCatchUp(client, [sale('ord-1', 10_000), sale('ord-2', 6_000), sale('ord-3', 1_000)], first.cursor);
    expect(second.outcomes[0]).toBe(
      `ord-1: recorded already`.replace('recorded already', 'already recorded') + ` (${fx.partnerA.name} 1000 USD)`,
    );
    expect(second.outcomes[1]).toMatch(/^ord-2: refused, SALE_CONFLICT: .*amount/i);
    expect(second.outcomes[2]).toBe(`ord-3: recorded (${fx.partnerA.name} 100 USD)`);
    expect(second.events).toHaveLength(1);
    expect(BigInt(second.events[0].sequence)).toBe(BigInt(first.events[1].sequence) + 1n);
  });

  it('turns GraphQL errors into PartnerbookError with the schema code', async () => {
    const readOnly = new PartnerbookClient(`${app.url}/graphql`, fx.tokens.apiRead);
    const refused = recordAndCatchUp(readOnly, [], null);
    await expect(refused).rejects.toBeInstanceOf(PartnerbookError);
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
