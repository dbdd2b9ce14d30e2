import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops the foreign keys to `program` that another foreign key of the same row already implies:
 * - `sale.program_id`: (program_id, customer_id) references customer and (program_id, product_id)
 *   references product, both NOT NULL, and a customer and a product reference their program;
 * - `commission.program_id`: (program_id, partner_id) references partner, NOT NULL;
 * - `referral.program_id`: (program_id, customer_id) and (program_id, partner_id), NOT NULL.
 * A row of these tables can still only name an existing program (through the row it references,
 * which PostgreSQL locks for the check), and a program with such rows still cannot be deleted (its
 * customers, products and partners reference it, with no cascade). What goes is one check per row:
 * recording a batch of 500 sales ran 1,500 of the ~8,750 constraint checks of its write on the
 * program's single row (issue 9: the checks were ~40 % of that statement's time).
 */
export class ImpliedProgramFks1798700000000 implements MigrationInterface {
  name = 'ImpliedProgramFks1798700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sale DROP CONSTRAINT sale_program_id_fkey`);
    await queryRunner.query(`ALTER TABLE commission DROP CONSTRAINT commission_program_id_fkey`);
    await queryRunner.query(`ALTER TABLE referral DROP CONSTRAINT referral_program_id_fkey`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sale ADD CONSTRAINT sale_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id)`);
    await queryRunner.query(
      `ALTER TABLE commission ADD CONSTRAINT commission_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id)`,
    );
    await queryRunner.query(`ALTER TABLE referral ADD CONSTRAINT referral_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id)`);
  }
}
