import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When (and by whom) a partner's payout details last changed: a payout soon after a change is
 * flagged in the merchant's pay confirmation (a hijacked login redirecting money is caught there).
 */
export class PayoutDetailsChanges1796900000001 implements MigrationInterface {
  name = 'PayoutDetailsChanges1796900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partner ADD COLUMN payout_details_changed_at timestamptz,
        ADD COLUMN payout_details_changed_by text CHECK (payout_details_changed_by IN ('PARTNER', 'MERCHANT'));
      CREATE INDEX partner_payout_details_changed_idx ON partner (program_id, payout_details_changed_at)
        WHERE payout_details_changed_at IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner DROP COLUMN payout_details_changed_at, DROP COLUMN payout_details_changed_by`);
  }
}
