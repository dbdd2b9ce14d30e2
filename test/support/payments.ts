import { expectTypename, queryRows, TestApp } from './test-app';
import type { PayMutation } from '../gql/graphql';
import { ProgramFixture, recordSales } from './fixtures';
import { graphql } from '../gql';

// GraphQL documents and helpers shared by the payout tests.
/** `...TestPaymentFields` in a test's document selects every field of a Payment. */
export const PAYMENT_FIELDS = graphql(`
  fragment TestPaymentFields on Payment {
    id
    partnerId
    amount {
      amount
      currency
    }
    method
    reference
    note
    createdBy
    createdAt
    voided
    voidedAt
    voidedBy
    voidReason
    commissionCount
    idempotencyKey
  }
`);

export const PAY = graphql(`
  mutation Pay($input: PayPartnersInput!) {
    payPartners(input: $input) {
      __typename
      ... on PayPartnersPayload {
        paidCount
        failedCount
        paidTotals {
          amount
          currency
        }
        replayed
        items {
          partnerId
          currency
          result {
            __typename
            ... on PaymentRecorded {
              payment {
                ...TestPaymentFields
              }
            }
            ... on NotEligibleError {
              balance {
                amount
                currency
              }
              threshold {
                amount
                currency
              }
            }
            ... on BalanceChangedError {
              expected {
                amount
                currency
              }
              actual {
                amount
                currency
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
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const PENDING = graphql(`
  query Pending($filter: PendingPaymentFilterInput, $page: PageInput) {
    pendingPayments(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      totals {
        currency
        balance {
          amount
          currency
        }
        partnerCount
        eligibleBalance {
          amount
          currency
        }
        eligibleCount
      }
      nodes {
        partnerId
        currency
        balance {
          amount
          currency
        }
        commissionCount
        threshold {
          amount
          currency
        }
        eligible
        paypalEmail
        partner {
          id
          name
        }
      }
    }
  }
`);

export const VOID = graphql(`
  mutation Void($id: UUID!, $reason: String!) {
    voidPayment(id: $id, reason: $reason) {
      __typename
      ... on Payment {
        ...TestPaymentFields
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const APPROVE = graphql(`
  mutation Approve($selection: CommissionSelection!) {
    approveCommissions(selection: $selection) {
      succeeded
      failed
      items {
        commissionId
        result {
          __typename
          ... on ErrorResult {
            code
            message
          }
        }
      }
    }
  }
`);

/** A payPartners answer as its payload, failing the test on IdempotencyKeyReusedError. */
export function payPayload(answer: PayMutation | null | undefined) {
  return expectTypename(answer?.payPartners, 'PayPartnersPayload');
}

/** The payments a payPartners answer recorded, in item order (items refused are skipped). */
export function paymentsOf(answer: PayMutation | null | undefined) {
  return payPayload(answer).items.flatMap(({ result }) => (result.__typename === 'PaymentRecorded' ? [result.payment] : []));
}

let saleCounter = 0;

/** Records a tent sale (10 %) for a partner and returns its commission ids. */
export async function sell(
  app: TestApp,
  fx: ProgramFixture,
  partnerKey: string,
  amount: number,
  currency = 'USD',
  occurredAt?: Date,
): Promise<string[]> {
  const n = ++saleCounter;
  const results = await recordSales(app, fx.tokens.admin, [
    {
      externalId: `sale-${n}-${Math.random().toString(36).slice(2, 8)}`,
      customerExternalId: `cust-${partnerKey}`,
      productSku: 'TENT',
      amount: { amount, currency },
      partnerKey,
      ...(occurredAt ? { occurredAt: occurredAt.toISOString() } : {}),
    },
  ]);
  const result = results[0].result;
  if (result.__typename !== 'SaleRecorded') throw new Error(JSON.stringify(result));
  return result.commissions.map((c) => c.id);
}

export async function approve(app: TestApp, token: string, ids: string[]) {
  return (await app.gqlData(APPROVE, { selection: { ids } }, token)).approveCommissions;
}

/** Sells and approves: an approved commission of amount/10. */
export async function approvedSale(app: TestApp, fx: ProgramFixture, partnerKey: string, amount: number, currency = 'USD') {
  const ids = await sell(app, fx, partnerKey, amount, currency);
  if (ids.length === 0) throw new Error(`a sale of ${amount} minor units earned no commission to approve`);
  const result = await approve(app, fx.tokens.admin, ids);
  if (result.succeeded !== ids.length) throw new Error(JSON.stringify(result));
  return ids;
}

export async function saleIdOfCommission(app: TestApp, commissionId: string): Promise<string> {
  const [row] = await queryRows<{ sale_id: string }>(app, `SELECT sale_id FROM commission WHERE id = $1`, [commissionId]);
  if (!row) throw new Error(`no commission ${commissionId}`);
  return row.sale_id;
}

export const REFUND = graphql(`
  mutation Refund($input: RefundSaleInput!) {
    refundSale(input: $input) {
      __typename
      ... on RefundRecorded {
        clawbacks {
          id
          amount {
            amount
            currency
          }
          status
        }
        adjustedCommissions {
          id
          amount {
            amount
            currency
          }
          status
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

/**
 * Every maintained balance (partner_balance, kept by triggers on commission) against the sum and
 * count of its entries (the APPROVED commissions), in one SQL comparison over every key either side
 * knows: one line per differing (program, partner, currency), empty when they all agree.
 */
export async function balanceViolations(app: TestApp, programId?: string): Promise<string[]> {
  const scope = programId ? `AND program_id = '${programId}'` : '';
  const rows: { key: string; maintained: string | null; summed: string | null }[] = await app.dataSource.query(
    `SELECT concat_ws(':', coalesce(b.program_id, s.program_id), coalesce(b.partner_id, s.partner_id), coalesce(b.currency, s.currency)) AS key,
            CASE WHEN b.program_id IS NULL THEN NULL ELSE b.balance_minor::text || ' in ' || b.commission_count END AS maintained,
            CASE WHEN s.program_id IS NULL THEN NULL ELSE s.balance::text || ' in ' || s.n END AS summed
       FROM (SELECT * FROM partner_balance WHERE (commission_count <> 0 OR balance_minor <> 0) ${scope}) b
       FULL JOIN (SELECT program_id, partner_id, currency, sum(amount_minor) AS balance, count(*) AS n
                    FROM commission WHERE status = 'APPROVED' ${scope} GROUP BY program_id, partner_id, currency) s
         ON s.program_id = b.program_id AND s.partner_id = b.partner_id AND s.currency = b.currency
      WHERE b.balance_minor IS DISTINCT FROM s.balance OR b.commission_count IS DISTINCT FROM s.n
      ORDER BY 1`,
  );
  return rows.map((r) => `balance ${r.key}: maintained ${r.maintained ?? 'none'}, entries sum to ${r.summed ?? 'nothing'}`);
}

/**
 * Ledger invariants checked straight in the database: a payment equals the sum of its
 * commissions and their count; PAID ⇔ payment; a commission's payment has its partner and
 * currency; clawbacks of a commission never exceed what was paid on it; voided payments cover nothing;
 * every maintained balance equals its entries (balanceViolations).
 */
export async function ledgerViolations(app: TestApp, programId?: string): Promise<string[]> {
  const where = programId ? `WHERE p.program_id = '${programId}'` : '';
  const problems: string[] = [];
  type Sum = {
    id: string;
    amount_minor: string;
    commission_count: number;
    voided_at: Date | null;
    covered: string;
    n: string;
    same_owner: boolean | null;
  };
  const sums = await queryRows<Sum>(
    app,
    `SELECT p.id, p.amount_minor, p.commission_count, p.voided_at, coalesce(sum(c.amount_minor), 0) AS covered, count(c.id) AS n,
            bool_and(c.partner_id = p.partner_id AND c.currency = p.currency) AS same_owner
       FROM payment p LEFT JOIN commission c ON c.program_id = p.program_id AND c.payment_id = p.id ${where}
      GROUP BY p.program_id, p.id`,
  );
  for (const row of sums) {
    if (row.voided_at) {
      if (Number(row.n) !== 0) problems.push(`voided payment ${row.id} still covers ${row.n} commissions`);
    } else if (
      Number(row.amount_minor) !== Number(row.covered) ||
      Number(row.commission_count) !== Number(row.n) ||
      row.same_owner === false
    ) {
      problems.push(`payment ${row.id}: amount ${row.amount_minor} vs covered ${row.covered}, count ${row.commission_count} vs ${row.n}`);
    }
  }
  const paidWithout = await queryRows<{ n: number }>(
    app,
    `SELECT count(*)::int AS n FROM commission c WHERE (c.status = 'PAID') <> (c.payment_id IS NOT NULL) ${programId ? `AND c.program_id = '${programId}'` : ''}`,
  );
  if (paidWithout[0].n > 0) problems.push(`${paidWithout[0].n} commissions PAID without payment or vice versa`);
  const clawedTooMuch = await queryRows<{ id: string; status: string; amount_minor: string; clawed: string }>(
    app,
    `SELECT c.id, c.status, c.amount_minor, -sum(k.amount_minor) AS clawed
       FROM commission c JOIN commission k ON k.program_id = c.program_id AND k.clawback_of_id = c.id
      ${programId ? `WHERE c.program_id = '${programId}'` : ''}
      GROUP BY c.program_id, c.id HAVING -sum(k.amount_minor) > c.amount_minor OR c.status <> 'PAID'`,
  );
  for (const row of clawedTooMuch) problems.push(`commission ${row.id} (${row.status}, ${row.amount_minor}) clawed back ${row.clawed}`);
  const mixed = await queryRows<{ id: string }>(
    app,
    `SELECT k.id FROM commission k JOIN commission c ON c.program_id = k.program_id AND c.id = k.clawback_of_id WHERE k.currency <> c.currency OR k.partner_id <> c.partner_id`,
  );
  for (const row of mixed) problems.push(`clawback ${row.id} in another currency or partner than its commission`);
  problems.push(...(await balanceViolations(app, programId)));
  return problems;
}
