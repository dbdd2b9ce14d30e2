import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email delivery guarantee: a claim is identified by `claim_id` (not by the attempt count), an
 * attempt row is written only when a send really starts, and an attempt whose worker lost track
 * of it (stopped, or could not record the result) is closed as UNKNOWN: it may have been sent.
 */
export class EmailClaims1795910441184 implements MigrationInterface {
  name = 'EmailClaims1795910441184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE email_message ADD COLUMN claim_id uuid;
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_outcome_check;
      ALTER TABLE email_attempt ADD CONSTRAINT email_attempt_outcome_check CHECK (outcome IN ('SENT', 'RETRY', 'FAILED', 'UNKNOWN'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE email_attempt SET outcome = NULL WHERE outcome = 'UNKNOWN';
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_outcome_check;
      ALTER TABLE email_attempt ADD CONSTRAINT email_attempt_outcome_check CHECK (outcome IN ('SENT', 'RETRY', 'FAILED'));
      ALTER TABLE email_message DROP COLUMN claim_id;
    `);
  }
}
