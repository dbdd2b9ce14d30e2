import { PartnerbookClient } from './client';
import { CatchUpDocument, RecordSalesDocument, type SaleInput } from './gql/graphql';

/** What the example reports: each sale's outcome in words, and the events the feed had since `cursor`. */
export interface ExampleOutcome {
  outcomes: string[];
  /** `sequence` is a decimal string: 1, 2, 3, … per program, beyond 2^53 if need be. */
  events: { sequence: string; type: string }[];
  cursor: string | null;
}

/**
 * A merchant's billing system, typed end to end: record a batch of sales (idempotent by your
 * order id, so a retry after a timeout is safe), say what became of each, then catch up on the
 * event feed from a stored cursor. `npm test` compiles this file and runs it against a real server
 * (test/api/typed-client-example.test.ts).
 */
export async function recordAndCatchUp(client: PartnerbookClient, sales: SaleInput[], cursor: string | null): Promise<ExampleOutcome> {
  const { recordSales } = await client.request(RecordSalesDocument, { sales });
  const outcomes = recordSales.results.map(({ externalId, result }) => {
    switch (result.__typename) {
      case 'SaleRecorded': {
        const earned = result.commissions.map((c) => `${c.partner.name} ${c.amount.amount} ${c.amount.currency}`).join(', ');
        return `${externalId}: ${result.created ? 'recorded' : 'already recorded'}${earned ? ` (${earned})` : ''}`;
      }
      case 'SaleConflictError':
      case 'CurrencyMismatchError':
      case 'NotFoundError':
        return `${externalId}: refused, ${result.code}: ${result.message}`;
      default: {
        // A new member of the union added to the schema makes this a compile error after codegen.
        const unexpected: never = result;
        return `${externalId}: unexpected ${JSON.stringify(unexpected)}`;
      }
    }
  });

  const events: ExampleOutcome['events'] = [];
  let after = cursor;
  for (;;) {
    const { events: page } = await client.request(CatchUpDocument, { after, types: ['sale.recorded'] });
    events.push(...page.nodes.map(({ sequence, type }) => ({ sequence, type })));
    // Keep the cursor even after an empty page: the next catch-up starts from it.
    after = page.pageInfo.endCursor ?? after;
    if (!page.pageInfo.hasNextPage) break;
  }
  return { outcomes, events, cursor: after };
}
