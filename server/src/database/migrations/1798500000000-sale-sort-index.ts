import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sales list is ordered by the sale's date now (newest sale first), paged by (occurred_at, id):
 * the dashboards' index on (program_id, occurred_at) gains the id, so one index serves both the
 * date ranges of the dashboards and the list's keyset paging in either direction.
 */
export class SaleSortIndex1798500000000 implements MigrationInterface {
  name = 'SaleSortIndex1798500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX sale_program_occurred_id_idx ON sale (program_id, occurred_at, id)`);
    await queryRunner.query(`DROP INDEX sale_program_occurred_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX sale_program_occurred_idx ON sale (program_id, occurred_at)`);
    await queryRunner.query(`DROP INDEX sale_program_occurred_id_idx`);
  }
}
