import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboards: the overview buckets and ranks a program's referred sales by the date they
 * happened (sale_program_occurred_idx), and "needs attention" counts the outbox's failed emails
 * (a partial index holding only those).
 */
export class DashboardIndexes1797500000000 implements MigrationInterface {
  name = 'DashboardIndexes1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX sale_program_occurred_idx ON sale (program_id, occurred_at)`);
    await queryRunner.query(`CREATE INDEX email_message_failed_idx ON email_message (program_id) WHERE status = 'FAILED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX email_message_failed_idx`);
    await queryRunner.query(`DROP INDEX sale_program_occurred_idx`);
  }
}
