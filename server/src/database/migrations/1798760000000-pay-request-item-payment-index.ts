import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes `pay_request_item (program_id, payment_id)`, the one foreign key without an index on its
 * referencing side: a payment removed or re-keyed (a restore, a repair by hand, the benchmark's
 * reset) made PostgreSQL's key check scan every stored pay decision once per payment — 10,001
 * payments took ~50 s. Only decisions that paid carry a payment, so the index holds only those.
 */
export class PayRequestItemPaymentIndex1798760000000 implements MigrationInterface {
  name = 'PayRequestItemPaymentIndex1798760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX pay_request_item_payment_idx ON pay_request_item (program_id, payment_id) WHERE payment_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX pay_request_item_payment_idx`);
  }
}
