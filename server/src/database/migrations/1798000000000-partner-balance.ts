import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `partner_balance`: per (program, partner, currency), the sum and the count of the APPROVED
 * commissions (sales, rewards and clawbacks netted) — what pending payments, the pay run's target
 * list, the dashboard and the exports read, so their cost follows the partners with a balance,
 * not the commission table.
 *
 * Kept by PostgreSQL itself, in the same transaction as every change to `commission`: one
 * statement-level AFTER trigger per event (INSERT, UPDATE, DELETE) reads the statement's
 * transition tables, nets the APPROVED rows that left (OLD) and arrived (NEW) per key, and applies
 * the deltas with one `INSERT … ON CONFLICT DO UPDATE` in key order. No code path can forget it,
 * COPY included.
 *
 * Lock order, the same for every writer: its commissions (id order, in one statement), then the
 * program's `event_sequence` row (the event feed's per-program lock, held to commit), then the
 * balance rows (key order). The trigger takes the event_sequence row itself before the balances:
 * a bulk approve writes its audit (event_sequence) in the statement that changes the commissions,
 * so its balances come after it, while a pay run changes its commissions in one statement and
 * audits in the next; without that, the two took the same two locks in opposite orders and
 * deadlocked (the payout storm test). Transactions changing balances already serialise on
 * event_sequence through their audit, so this only takes it a statement earlier. A statement
 * without APPROVED rows before or after (a sale's PENDING commissions) takes no lock at all.
 *
 * A row whose count returns to 0 stays (balance 0; readers skip it): updates then never touch an
 * index (the key does not change), so they are HOT, and the fill factor leaves them room.
 * TRUNCATE of `commission` empties the table. No CHECK on the count: PostgreSQL checks a CHECK on
 * the proposed row of an upsert before it finds the conflict, so a negative delta would fail it
 * (the ledger model test proves the balances equal their entries instead). `balance_minor` is numeric, like `sum(bigint)`: exact at any size.
 */
export class PartnerBalance1798000000000 implements MigrationInterface {
  name = 'PartnerBalance1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_balance (
        program_id uuid NOT NULL,
        partner_id uuid NOT NULL,
        currency char(3) NOT NULL,
        balance_minor numeric NOT NULL,
        commission_count bigint NOT NULL,
        PRIMARY KEY (program_id, partner_id, currency)
      ) WITH (fillfactor = 80);

      CREATE FUNCTION partner_balance_apply_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.status = 'APPROVED') THEN RETURN NULL; END IF;
        -- Lock order (see above): the program's event_sequence row before its balance rows.
        PERFORM 1 FROM event_sequence s WHERE s.program_id IN (SELECT n.program_id FROM new_rows n WHERE n.status = 'APPROVED') ORDER BY s.program_id FOR UPDATE OF s;
        INSERT INTO partner_balance AS b (program_id, partner_id, currency, balance_minor, commission_count)
        SELECT n.program_id, n.partner_id, n.currency, sum(n.amount_minor), count(*)
          FROM new_rows n WHERE n.status = 'APPROVED'
         GROUP BY n.program_id, n.partner_id, n.currency
         ORDER BY n.program_id, n.partner_id, n.currency
        ON CONFLICT (program_id, partner_id, currency) DO UPDATE
          SET balance_minor = b.balance_minor + excluded.balance_minor, commission_count = b.commission_count + excluded.commission_count;
        RETURN NULL;
      END $fn$;

      CREATE FUNCTION partner_balance_apply_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.status = 'APPROVED') AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.status = 'APPROVED') THEN
          RETURN NULL;
        END IF;
        -- Lock order (see above): the program's event_sequence row before its balance rows.
        PERFORM 1 FROM event_sequence s WHERE s.program_id IN (SELECT n.program_id FROM new_rows n WHERE n.status = 'APPROVED' UNION SELECT o.program_id FROM old_rows o WHERE o.status = 'APPROVED') ORDER BY s.program_id FOR UPDATE OF s;
        INSERT INTO partner_balance AS b (program_id, partner_id, currency, balance_minor, commission_count)
        SELECT d.program_id, d.partner_id, d.currency, sum(d.amount), sum(d.n)
          FROM (SELECT n.program_id, n.partner_id, n.currency, n.amount_minor::numeric AS amount, 1 AS n
                  FROM new_rows n WHERE n.status = 'APPROVED'
                UNION ALL
                SELECT o.program_id, o.partner_id, o.currency, -o.amount_minor::numeric, -1
                  FROM old_rows o WHERE o.status = 'APPROVED') d
         GROUP BY d.program_id, d.partner_id, d.currency
        HAVING sum(d.amount) <> 0 OR sum(d.n) <> 0
         ORDER BY d.program_id, d.partner_id, d.currency
        ON CONFLICT (program_id, partner_id, currency) DO UPDATE
          SET balance_minor = b.balance_minor + excluded.balance_minor, commission_count = b.commission_count + excluded.commission_count;
        RETURN NULL;
      END $fn$;

      CREATE FUNCTION partner_balance_apply_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.status = 'APPROVED') THEN RETURN NULL; END IF;
        -- Lock order (see above): the program's event_sequence row before its balance rows.
        PERFORM 1 FROM event_sequence s WHERE s.program_id IN (SELECT o.program_id FROM old_rows o WHERE o.status = 'APPROVED') ORDER BY s.program_id FOR UPDATE OF s;
        INSERT INTO partner_balance AS b (program_id, partner_id, currency, balance_minor, commission_count)
        SELECT o.program_id, o.partner_id, o.currency, -sum(o.amount_minor), -count(*)
          FROM old_rows o WHERE o.status = 'APPROVED'
         GROUP BY o.program_id, o.partner_id, o.currency
         ORDER BY o.program_id, o.partner_id, o.currency
        ON CONFLICT (program_id, partner_id, currency) DO UPDATE
          SET balance_minor = b.balance_minor + excluded.balance_minor, commission_count = b.commission_count + excluded.commission_count;
        RETURN NULL;
      END $fn$;

      CREATE FUNCTION partner_balance_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM partner_balance;
        RETURN NULL;
      END $fn$;

      CREATE TRIGGER commission_balance_insert AFTER INSERT ON commission
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_balance_apply_insert();
      CREATE TRIGGER commission_balance_update AFTER UPDATE ON commission
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_balance_apply_update();
      CREATE TRIGGER commission_balance_delete AFTER DELETE ON commission
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_balance_apply_delete();
      CREATE TRIGGER commission_balance_truncate AFTER TRUNCATE ON commission
        FOR EACH STATEMENT EXECUTE FUNCTION partner_balance_truncate();
    `);
    // Backfill under a lock that lets readers in but no commission writer, so no change falls between.
    await queryRunner.query(`LOCK TABLE commission IN SHARE MODE`);
    await queryRunner.query(`
      INSERT INTO partner_balance (program_id, partner_id, currency, balance_minor, commission_count)
      SELECT c.program_id, c.partner_id, c.currency, sum(c.amount_minor), count(*)
        FROM commission c WHERE c.status = 'APPROVED'
       GROUP BY c.program_id, c.partner_id, c.currency
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER commission_balance_insert ON commission;
      DROP TRIGGER commission_balance_update ON commission;
      DROP TRIGGER commission_balance_delete ON commission;
      DROP TRIGGER commission_balance_truncate ON commission;
      DROP FUNCTION partner_balance_apply_insert(), partner_balance_apply_update(), partner_balance_apply_delete(), partner_balance_truncate();
      DROP TABLE partner_balance;
    `);
  }
}
