import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-up by emailed confirmation (issue 12): once a program exists, `signUp` only stores the form
 * as a pending sign-up and emails a single-use link (token stored hashed, 24 hours); the program
 * comes when the link is used (`confirmSignUp`). Like `signup_link`, a pending sign-up comes before
 * its program (program_id stays null until confirmed) and is found by its token hash.
 *
 * Its email goes through the outbox before any program exists: such messages carry the nil UUID as
 * program_id (no program has it, so no merchant's outbox shows them), so the outbox's foreign keys
 * to `program` go. email_attempt keeps its key to its message, which names the same program_id.
 */
export class PendingSignups1798750000000 implements MigrationInterface {
  name = 'PendingSignups1798750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pending_signup (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        program_name text NOT NULL,
        currency text NOT NULL,
        timezone text NOT NULL,
        locale text NOT NULL,
        password_hash text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        signup_link_id uuid REFERENCES signup_link(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        program_id uuid REFERENCES program(id) ON DELETE SET NULL
      );
      CREATE INDEX pending_signup_email_idx ON pending_signup (lower(email), created_at DESC);
      ALTER TABLE email_message DROP CONSTRAINT email_message_program_id_fkey;
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_program_id_fkey;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM email_attempt WHERE program_id = '00000000-0000-0000-0000-000000000000';
      DELETE FROM email_message WHERE program_id = '00000000-0000-0000-0000-000000000000';
      ALTER TABLE email_attempt ADD CONSTRAINT email_attempt_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id);
      ALTER TABLE email_message ADD CONSTRAINT email_message_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id);
      DROP TABLE pending_signup;
    `);
  }
}
