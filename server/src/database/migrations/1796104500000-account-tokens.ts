import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-service accounts: single-use tokens sent by email (password reset), stored only hashed;
 * where each session was opened from (shown in "your sessions"); and account emails (resets,
 * invitations) in the outbox, which are addressed to an account rather than to a partner.
 */
export class AccountTokens1796104500000 implements MigrationInterface {
  name = 'AccountTokens1796104500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('PASSWORD_RESET')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX account_token_account_idx ON account_token (account_id, purpose, created_at DESC);

      ALTER TABLE session ADD COLUMN user_agent text, ADD COLUMN client_address text;
      CREATE INDEX session_account_idx ON session (account_id) WHERE revoked_at IS NULL;

      ALTER TABLE email_message ALTER COLUMN partner_id DROP NOT NULL;
      ALTER TABLE email_message ADD COLUMN account_id uuid REFERENCES account(id) ON DELETE SET NULL;
      ALTER TABLE email_message DROP CONSTRAINT email_message_topic_check;
      ALTER TABLE email_message ADD CONSTRAINT email_message_topic_check
        CHECK (topic IN ('COMMISSIONS', 'PENDING_PAYMENTS', 'PARTNERS', 'ACCOUNT'));
      ALTER TABLE email_message ADD CONSTRAINT email_message_addressee_check
        CHECK ((topic = 'ACCOUNT') = (partner_id IS NULL));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM email_attempt WHERE message_id IN (SELECT id FROM email_message WHERE topic = 'ACCOUNT');
      DELETE FROM email_message WHERE topic = 'ACCOUNT';
      ALTER TABLE email_message DROP CONSTRAINT email_message_addressee_check;
      ALTER TABLE email_message DROP CONSTRAINT email_message_topic_check;
      ALTER TABLE email_message ADD CONSTRAINT email_message_topic_check CHECK (topic IN ('COMMISSIONS', 'PENDING_PAYMENTS', 'PARTNERS'));
      ALTER TABLE email_message DROP COLUMN account_id;
      ALTER TABLE email_message ALTER COLUMN partner_id SET NOT NULL;
      DROP INDEX session_account_idx;
      ALTER TABLE session DROP COLUMN user_agent, DROP COLUMN client_address;
      DROP TABLE account_token;
    `);
  }
}
