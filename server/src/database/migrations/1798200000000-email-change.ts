import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirmed email changes (issue 12): a pending change is an `account_token` of purpose
 * EMAIL_CHANGE (single-use, hashed, expiring, like a reset link) carrying the new address in
 * `new_email`; the login's email switches only when the link sent to that address is opened.
 */
export class EmailChange1798200000000 implements MigrationInterface {
  name = 'EmailChange1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE account_token ADD COLUMN new_email text;
      ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
      ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
        CHECK (purpose IN ('PASSWORD_RESET', 'WELCOME', 'EMAIL_VERIFICATION', 'EMAIL_CHANGE'));
      ALTER TABLE account_token ADD CONSTRAINT account_token_new_email_check CHECK ((purpose = 'EMAIL_CHANGE') = (new_email IS NOT NULL));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM account_token WHERE purpose = 'EMAIL_CHANGE';
      ALTER TABLE account_token DROP CONSTRAINT account_token_new_email_check;
      ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
      ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
        CHECK (purpose IN ('PASSWORD_RESET', 'WELCOME', 'EMAIL_VERIFICATION'));
      ALTER TABLE account_token DROP COLUMN new_email;
    `);
  }
}
