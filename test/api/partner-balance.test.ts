import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { balanceViolations } from '../support/payments';

/**
 * partner_balance is kept by triggers on commission (migration 1798000000000-partner-balance):
 * every kind of statement that changes commissions keeps it equal to the sum and count of the
 * APPROVED ones, and balanceViolations (the check the ledger model runs after every step) names
 * a key whose balance drifted. Commissions are written in SQL here to reach statement shapes the
 * services do not (moves between partners and currencies, deletes, several changes in one statement).
 */
let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

async function balances() {
  const rows: { partner_id: string; currency: string; balance: string; n: string }[] = await app.dataSource.query(
    `SELECT partner_id, currency::text AS currency, balance_minor::text AS balance, commission_count::text AS n
       FROM partner_balance WHERE program_id = $1 AND commission_count > 0 ORDER BY partner_id, currency`,
    [fx.programId],
  );
  return Object.fromEntries(rows.map((r) => [`${r.partner_id === fx.partnerA.id ? 'A' : 'B'}:${r.currency}`, `${r.balance}/${r.n}`]));
}

async function reward(partnerId: string, currency: string, status: string, amount: number, description: string) {
  await app.dataSource.query(
    `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description)
     VALUES ($1, $2, 'REWARD', $3, $4, $5, $5, $6)`,
    [fx.programId, partnerId, status, currency, amount, description],
  );
}

describe('partner_balance', () => {
  it('follows inserts, updates (status, amount, partner, currency), deletes and multi-change statements', async () => {
    const { partnerA: a, partnerB: b } = fx;
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description)
       VALUES ($1, $2, 'REWARD', 'APPROVED', 'USD', 100, 100, 'pb-1'), ($1, $2, 'REWARD', 'PENDING', 'USD', 50, 50, 'pb-2'),
              ($1, $3, 'REWARD', 'APPROVED', 'EUR', 7, 7, 'pb-3'), ($1, $2, 'REWARD', 'APPROVED', 'USD', 0, 0, 'pb-4')`,
      [fx.programId, a.id, b.id],
    );
    expect(await balances()).toEqual({ 'A:USD': '100/2', 'B:EUR': '7/1' });
    expect(await balanceViolations(app)).toEqual([]);

    await app.dataSource.query(`UPDATE commission SET status = 'APPROVED' WHERE program_id = $1 AND description = 'pb-2'`, [fx.programId]);
    await app.dataSource.query(
      `UPDATE commission SET partner_id = $2, currency = 'USD', amount_minor = 9 WHERE program_id = $1 AND description = 'pb-3'`,
      [fx.programId, a.id],
    );
    expect(await balances()).toEqual({ 'A:USD': '159/4' });
    expect(await balanceViolations(app)).toEqual([]);

    // One statement: an approved row leaves (cancelled), another arrives (inserted), a third changes amount.
    await app.dataSource.query(
      `WITH cancelled AS (UPDATE commission SET status = 'CANCELLED' WHERE program_id = $1 AND description = 'pb-1' RETURNING 1),
            added AS (INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description)
                      VALUES ($1, $2, 'REWARD', 'APPROVED', 'EUR', 1000000000000000, 1000000000000000, 'pb-5') RETURNING 1)
       UPDATE commission SET amount_minor = amount_minor + 1 WHERE program_id = $1 AND description = 'pb-2'`,
      [fx.programId, b.id],
    );
    expect(await balances()).toEqual({ 'A:USD': '60/3', 'B:EUR': '1000000000000000/1' });
    expect(await balanceViolations(app)).toEqual([]);

    await reward(b.id, 'EUR', 'APPROVED', 1, 'pb-6');
    await app.dataSource.query(`DELETE FROM commission WHERE program_id = $1 AND description IN ('pb-5', 'pb-4')`, [fx.programId]);
    expect(await balances()).toEqual({ 'A:USD': '60/2', 'B:EUR': '1/1' });
    expect(await balanceViolations(app)).toEqual([]);

    // A rolled-back change leaves no trace.
    await app.dataSource
      .transaction(async (m) => {
        await m.query(`UPDATE commission SET status = 'PAID' WHERE program_id = $1 AND description = 'pb-6'`, [fx.programId]);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await balances()).toEqual({ 'A:USD': '60/2', 'B:EUR': '1/1' });
  });

  it('balanceViolations names every key whose maintained balance differs from its entries', async () => {
    expect(await balanceViolations(app, fx.programId)).toEqual([]);
    const key = `${fx.programId}:${fx.partnerA.id}:USD`;
    await app.dataSource.query(`UPDATE partner_balance SET balance_minor = balance_minor + 1 WHERE program_id = $1 AND partner_id = $2`, [
      fx.programId,
      fx.partnerA.id,
    ]);
    expect(await balanceViolations(app, fx.programId)).toEqual([`balance ${key}: maintained 61 in 2, entries sum to 60 in 2`]);
    await app.dataSource.query(`DELETE FROM partner_balance WHERE program_id = $1 AND partner_id = $2`, [fx.programId, fx.partnerA.id]);
    expect(await balanceViolations(app, fx.programId)).toEqual([`balance ${key}: maintained none, entries sum to 60 in 2`]);
    await app.dataSource.query(
      `INSERT INTO partner_balance (program_id, partner_id, currency, balance_minor, commission_count) VALUES ($1, $2, 'USD', 60, 2)`,
      [fx.programId, fx.partnerA.id],
    );
    expect(await balanceViolations(app, fx.programId)).toEqual([]);
  });
});
