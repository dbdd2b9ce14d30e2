import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Starting a program without the seed: each program has a timezone and a locale (dates, numbers,
 * emails); a login says whether its address is confirmed (existing logins count as confirmed:
 * they were made by the seed or through an emailed link); EMAIL_VERIFICATION tokens; and
 * single-use sign-up links issued by the operator when SIGNUP=invite (no program owns those yet).
 */
export class ProgramSignup1796900000000 implements MigrationInterface {
  name = 'ProgramSignup1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE program ADD COLUMN timezone text NOT NULL DEFAULT 'UTC', ADD COLUMN locale text NOT NULL DEFAULT 'en-US';
      ALTER TABLE account ADD COLUMN email_verified_at timestamptz;
      UPDATE account SET email_verified_at = created_at;
      ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
      ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
        CHECK (purpose IN ('PASSWORD_RESET', 'WELCOME', 'EMAIL_VERIFICATION'));
      CREATE TABLE signup_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        program_id uuid REFERENCES program(id) ON DELETE SET NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE signup_link;
      DELETE FROM account_token WHERE purpose = 'EMAIL_VERIFICATION';
      ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
      ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check CHECK (purpose IN ('PASSWORD_RESET', 'WELCOME'));
      ALTER TABLE account DROP COLUMN email_verified_at;
      ALTER TABLE program DROP COLUMN timezone, DROP COLUMN locale;
    `);
  }
}
