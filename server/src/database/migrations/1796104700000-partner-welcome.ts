import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invited partners get a login without a password and a WELCOME token to choose one. */
export class PartnerWelcome1796104700000 implements MigrationInterface {
  name = 'PartnerWelcome1796104700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
      ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check CHECK (purpose IN ('PASSWORD_RESET', 'WELCOME'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM account_token WHERE purpose = 'WELCOME';
      ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
      ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check CHECK (purpose IN ('PASSWORD_RESET'));
    `);
  }
}
