import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One person, many programs: the person who signs in (`login`: the email address, unique across
 * the system, the password, the address confirmation and two-factor sign-in) is split from their
 * memberships (`account`: one per program, with kind, merchant role or partner, display name),
 * unique per `(program_id, login_id)`. Until now an email had one account in one program at most,
 * so every account becomes the only membership of a login of its own. Sessions, tokens and
 * two-factor challenges stay with the membership they were opened for; recovery codes belong to
 * the login (two-factor sign-in is the person's, not one program's).
 *
 * The email column lives on `login` only (`login_email_key`, unique on lower(email)); every
 * read of a person's address joins it (server/src/auth/login.ts).
 */
export class Logins1798100000000 implements MigrationInterface {
  name = 'Logins1798100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        email_verified_at timestamptz,
        two_factor_secret text,
        two_factor_pending_secret text,
        two_factor_enabled_at timestamptz,
        two_factor_last_step bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT login_two_factor_check CHECK ((two_factor_secret IS NULL) = (two_factor_enabled_at IS NULL))
      );
      CREATE UNIQUE INDEX login_email_key ON login (lower(email));

      ALTER TABLE account ADD COLUMN login_id uuid, ADD COLUMN last_signed_in_at timestamptz;
      UPDATE account SET login_id = gen_random_uuid();
      INSERT INTO login (id, email, password_hash, email_verified_at, two_factor_secret, two_factor_pending_secret,
                         two_factor_enabled_at, two_factor_last_step, created_at)
        SELECT login_id, email, password_hash, email_verified_at, two_factor_secret, two_factor_pending_secret,
               two_factor_enabled_at, two_factor_last_step, created_at
          FROM account;
      ALTER TABLE account ALTER COLUMN login_id SET NOT NULL,
        ADD CONSTRAINT account_login_fk FOREIGN KEY (login_id) REFERENCES login(id);
      CREATE UNIQUE INDEX account_program_login_key ON account (program_id, login_id);
      CREATE INDEX account_login_idx ON account (login_id);

      ALTER TABLE two_factor_recovery_code ADD COLUMN login_id uuid REFERENCES login(id) ON DELETE CASCADE;
      UPDATE two_factor_recovery_code c SET login_id = a.login_id FROM account a WHERE a.id = c.account_id;
      ALTER TABLE two_factor_recovery_code ALTER COLUMN login_id SET NOT NULL, ALTER COLUMN account_id DROP NOT NULL,
        DROP CONSTRAINT two_factor_recovery_code_account_id_fkey,
        ADD CONSTRAINT two_factor_recovery_code_account_id_fkey FOREIGN KEY (account_id) REFERENCES account(id) ON DELETE SET NULL;
      CREATE INDEX two_factor_recovery_code_login_idx ON two_factor_recovery_code (login_id) WHERE used_at IS NULL;

      DROP INDEX account_email_key;
      ALTER TABLE account DROP CONSTRAINT account_two_factor_check,
        DROP COLUMN email, DROP COLUMN password_hash, DROP COLUMN email_verified_at,
        DROP COLUMN two_factor_secret, DROP COLUMN two_factor_pending_secret, DROP COLUMN two_factor_enabled_at,
        DROP COLUMN two_factor_last_step;
    `);
  }

  /** Back to one account per email: only possible while no login has two memberships. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE account ADD COLUMN email text, ADD COLUMN password_hash text, ADD COLUMN email_verified_at timestamptz,
        ADD COLUMN two_factor_secret text, ADD COLUMN two_factor_pending_secret text, ADD COLUMN two_factor_enabled_at timestamptz,
        ADD COLUMN two_factor_last_step bigint;
      UPDATE account a SET email = l.email, password_hash = l.password_hash, email_verified_at = l.email_verified_at,
             two_factor_secret = l.two_factor_secret, two_factor_pending_secret = l.two_factor_pending_secret,
             two_factor_enabled_at = l.two_factor_enabled_at, two_factor_last_step = l.two_factor_last_step
        FROM login l WHERE l.id = a.login_id;
      ALTER TABLE account ALTER COLUMN email SET NOT NULL, ALTER COLUMN password_hash SET NOT NULL,
        ADD CONSTRAINT account_two_factor_check CHECK ((two_factor_secret IS NULL) = (two_factor_enabled_at IS NULL));
      CREATE UNIQUE INDEX account_email_key ON account (lower(email));
      DELETE FROM two_factor_recovery_code WHERE account_id IS NULL;
      DROP INDEX two_factor_recovery_code_login_idx;
      ALTER TABLE two_factor_recovery_code DROP COLUMN login_id, ALTER COLUMN account_id SET NOT NULL,
        DROP CONSTRAINT two_factor_recovery_code_account_id_fkey,
        ADD CONSTRAINT two_factor_recovery_code_account_id_fkey FOREIGN KEY (account_id) REFERENCES account(id) ON DELETE CASCADE;
      DROP INDEX account_login_idx, account_program_login_key;
      ALTER TABLE account DROP CONSTRAINT account_login_fk, DROP COLUMN login_id, DROP COLUMN last_signed_in_at;
      DROP TABLE login;
    `);
  }
}
