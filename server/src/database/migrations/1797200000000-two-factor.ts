import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP, RFC 6238) for merchant users:
 * - `account.two_factor_secret` is the confirmed authenticator secret (base32; never returned by
 *   the API after enrolment), `two_factor_pending_secret` one being enrolled (until its first code
 *   is confirmed), `two_factor_enabled_at` when it was turned on, `two_factor_last_step` the
 *   30-second step of the last accepted code (a code is never accepted twice);
 * - `two_factor_recovery_code`: ten single-use codes per account, stored hashed;
 * - `two_factor_challenge`: the short-lived single-use token a password sign-in answers when a
 *   second step is needed (hashed), with the wrong codes tried against it;
 * - `program.require_two_factor_for_admins`.
 * Both tables are reference tables like `account` and `account_token` (distribution.ts): a
 * challenge is found by its token hash before the program is known.
 */
export class TwoFactor1797200000000 implements MigrationInterface {
  name = 'TwoFactor1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE account ADD COLUMN two_factor_secret text,
        ADD COLUMN two_factor_pending_secret text,
        ADD COLUMN two_factor_enabled_at timestamptz,
        ADD COLUMN two_factor_last_step bigint,
        ADD CONSTRAINT account_two_factor_check CHECK ((two_factor_secret IS NULL) = (two_factor_enabled_at IS NULL));
      ALTER TABLE program ADD COLUMN require_two_factor_for_admins boolean NOT NULL DEFAULT false;

      CREATE TABLE two_factor_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX two_factor_recovery_code_account_idx ON two_factor_recovery_code (program_id, account_id) WHERE used_at IS NULL;

      CREATE TABLE two_factor_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        failed_attempts integer NOT NULL DEFAULT 0
      );
      CREATE INDEX two_factor_challenge_account_idx ON two_factor_challenge (program_id, account_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE two_factor_challenge;
      DROP TABLE two_factor_recovery_code;
      ALTER TABLE program DROP COLUMN require_two_factor_for_admins;
      ALTER TABLE account DROP CONSTRAINT account_two_factor_check, DROP COLUMN two_factor_secret,
        DROP COLUMN two_factor_pending_secret, DROP COLUMN two_factor_enabled_at, DROP COLUMN two_factor_last_step;
    `);
  }
}
