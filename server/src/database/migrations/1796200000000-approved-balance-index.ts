import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pending payments and payPartners sum a program's APPROVED commissions per partner and currency.
 * This partial index holds only those rows, with the amount, so the sum is an index-only scan whose
 * cost follows the approved rows, not the program's whole history (paid, pending, cancelled).
 */
export class ApprovedBalanceIndex1796200000000 implements MigrationInterface {
  name = 'ApprovedBalanceIndex1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX commission_approved_balance_idx ON commission (program_id, partner_id, currency) INCLUDE (amount_minor)
        WHERE status = 'APPROVED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX commission_approved_balance_idx`);
  }
}
