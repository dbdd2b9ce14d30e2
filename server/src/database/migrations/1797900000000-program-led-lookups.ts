import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sale ingest and the commission filters now name the program in every lookup, so the indexes
 * the program-keys migration kept on `id` (or `sale_id`) alone go: partner, customer and product are
 * found by their `(program_id, id)` primary keys, and a sale's commissions by
 * `commission_program_sale_idx`. Every index of a distributed table now leads with `program_id`
 * but the workers' cross-program scans (CROSS_PROGRAM_INDEXES in distribution.ts).
 */
export class ProgramLedLookups1797900000000 implements MigrationInterface {
  name = 'ProgramLedLookups1797900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX commission_program_sale_idx ON commission (program_id, sale_id);
      DROP INDEX commission_sale_idx;
      DROP INDEX partner_id_idx, customer_id_idx, product_id_idx;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX partner_id_idx ON partner (id);
      CREATE INDEX customer_id_idx ON customer (id);
      CREATE INDEX product_id_idx ON product (id);
      CREATE INDEX commission_sale_idx ON commission (sale_id);
      DROP INDEX commission_program_sale_idx;
    `);
  }
}
