import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merchant teams: admins invite people by email with a role; the invitation's token is stored
 * only hashed, works once and expires. Removing a member deletes their login, so the API keys
 * they created stay with the program (creator forgotten) instead of blocking the removal.
 */
export class TeamInvitations1796104600000 implements MigrationInterface {
  name = 'TeamInvitations1796104600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE team_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        email text NOT NULL,
        merchant_role text NOT NULL CHECK (merchant_role IN ('ADMIN', 'VIEWER')),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES account(id) ON DELETE SET NULL,
        invited_by_label text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      );
      CREATE INDEX team_invitation_program_idx ON team_invitation (program_id, created_at DESC);
      CREATE INDEX team_invitation_email_idx ON team_invitation (program_id, lower(email)) WHERE accepted_at IS NULL AND revoked_at IS NULL;

      ALTER TABLE api_key DROP CONSTRAINT api_key_created_by_fkey;
      ALTER TABLE api_key ADD CONSTRAINT api_key_created_by_fkey FOREIGN KEY (created_by) REFERENCES account(id) ON DELETE SET NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE api_key DROP CONSTRAINT api_key_created_by_fkey;
      ALTER TABLE api_key ADD CONSTRAINT api_key_created_by_fkey FOREIGN KEY (created_by) REFERENCES account(id);
      DROP TABLE team_invitation;
    `);
  }
}
