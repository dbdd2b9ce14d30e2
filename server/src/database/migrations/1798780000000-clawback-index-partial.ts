import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `commission_clawback_of_idx` holds only clawbacks. It served the lookups of a commission's
 * clawbacks (`clawback_of_id = …`, never NULL) and the key check of `clawback_of_id`, yet held an
 * entry for every commission, so every insert and every status change (an update that moves the
 * row) wrote one more index entry than it needed: recording a sale, approving, paying (issue 9).
 */
export class ClawbackIndexPartial1798780000000 implements MigrationInterface {
  name = 'ClawbackIndexPartial1798780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX commission_clawback_of_idx`);
    await queryRunner.query(
      `CREATE INDEX commission_clawback_of_idx ON commission (program_id, clawback_of_id) WHERE clawback_of_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX commission_clawback_of_idx`);
    await queryRunner.query(`CREATE INDEX commission_clawback_of_idx ON commission (program_id, clawback_of_id)`);
  }
}
