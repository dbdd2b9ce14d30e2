import { MigrationInterface, QueryRunner } from 'typeorm';

/** The overview buckets commissions of a program (or of one partner) by creation time across all statuses. */
export class OverviewIndexes1763900000000 implements MigrationInterface {
  name = 'OverviewIndexes1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX commission_program_created_idx ON commission (program_id, created_at)`);
    await queryRunner.query(`CREATE INDEX commission_partner_created_idx ON commission (partner_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX commission_partner_created_idx`);
    await queryRunner.query(`DROP INDEX commission_program_created_idx`);
  }
}
