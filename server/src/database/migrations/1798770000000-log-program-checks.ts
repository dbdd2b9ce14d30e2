import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log and the event feed check their program once per statement instead of once per row.
 *
 * `audit_entry.program_id` and `event.program_id` were plain foreign keys to `program`: PostgreSQL
 * checks a foreign key row by row, locking the program's one row again for every entry. Bulk paths
 * write an entry and an event per changed row (approving 100k commissions wrote 200k of them): in
 * the audit statement of a pay batch of 500 partners at 1M commissions, the checks took 42 ms of
 * 148 ms (EXPLAIN ANALYZE, issue 9). The foreign keys are replaced by what they did, set-based:
 * - an AFTER INSERT statement trigger (with the statement's new rows as a transition table) locks
 *   every program the rows name FOR KEY SHARE, as the key check did (so none can be deleted before
 *   the transaction ends), and fails with foreign_key_violation (23503) when one does not exist;
 * - a row's program never changes (a BEFORE UPDATE trigger refuses it), as before the key would
 *   have been checked again;
 * - deleting a program: refused while audit entries name it (the key had no action), and its
 *   events are deleted with it (the key cascaded).
 * `program.id` itself never changes (a BEFORE UPDATE trigger refuses it), so no key can dangle.
 */
export class LogProgramChecks1798770000000 implements MigrationInterface {
  name = 'LogProgramChecks1798770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION log_rows_program_exists() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM program p WHERE p.id IN (SELECT DISTINCT n.program_id FROM new_rows n) ORDER BY p.id FOR KEY SHARE OF p;
        IF EXISTS (SELECT 1 FROM (SELECT DISTINCT n.program_id FROM new_rows n) n
                    WHERE NOT EXISTS (SELECT 1 FROM program p WHERE p.id = n.program_id)) THEN
          RAISE EXCEPTION 'insert on table "%" names a program that does not exist', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = 'program_id';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION program_id_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.program_id IS DISTINCT FROM OLD.program_id THEN
          RAISE EXCEPTION 'a row of table "%" cannot move to another program', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME, COLUMN = 'program_id';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION program_delete_logs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION 'a program''s id never changes' USING ERRCODE = 'foreign_key_violation', TABLE = 'program', COLUMN = 'id';
          END IF;
          RETURN NEW;
        END IF;
        IF EXISTS (SELECT 1 FROM audit_entry a WHERE a.program_id = OLD.id) THEN
          RAISE EXCEPTION 'program % still has audit entries', OLD.id USING ERRCODE = 'foreign_key_violation', TABLE = 'audit_entry';
        END IF;
        DELETE FROM event e WHERE e.program_id = OLD.id;
        RETURN OLD;
      END $$`);
    for (const table of ['audit_entry', 'event']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_program_id_fkey`);
      await queryRunner.query(
        `CREATE TRIGGER ${table}_program_exists AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION log_rows_program_exists()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_program_unchanged BEFORE UPDATE OF program_id ON ${table} FOR EACH ROW EXECUTE FUNCTION program_id_unchanged()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER program_delete_logs BEFORE DELETE OR UPDATE OF id ON program FOR EACH ROW EXECUTE FUNCTION program_delete_logs()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER program_delete_logs ON program`);
    for (const table of ['audit_entry', 'event']) {
      await queryRunner.query(`DROP TRIGGER ${table}_program_exists ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_program_unchanged ON ${table}`);
    }
    await queryRunner.query(
      `ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id)`,
    );
    await queryRunner.query(
      `ALTER TABLE event ADD CONSTRAINT event_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE`,
    );
    await queryRunner.query(`DROP FUNCTION program_delete_logs(), program_id_unchanged(), log_rows_program_exists()`);
  }
}
