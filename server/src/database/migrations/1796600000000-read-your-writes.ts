import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-your-writes across instances: after a mutation, an actor's reads go to the primary until
 * `until` (see server/src/database/read-routing.ts). One row per actor, overwritten by each write;
 * it lives on the primary, so every instance sees it, and is read in the same round trip as the
 * primary's WAL position that the lag check needs anyway.
 */
export class ReadYourWrites1796600000000 implements MigrationInterface {
  name = 'ReadYourWrites1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_your_writes (
        program_id uuid NOT NULL REFERENCES program (id) ON DELETE CASCADE,
        actor_key text NOT NULL,
        until timestamptz NOT NULL,
        PRIMARY KEY (program_id, actor_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE read_your_writes`);
  }
}
