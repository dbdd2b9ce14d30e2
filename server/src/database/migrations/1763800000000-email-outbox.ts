import { MigrationInterface, QueryRunner } from 'typeorm';

/** The email outbox: one row per personalised message, delivered by the worker; every delivery attempt is kept. */
export class EmailOutbox1763800000000 implements MigrationInterface {
  name = 'EmailOutbox1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE email_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        batch_id uuid NOT NULL,
        topic text NOT NULL CHECK (topic IN ('COMMISSIONS', 'PENDING_PAYMENTS', 'PARTNERS')),
        partner_id uuid NOT NULL REFERENCES partner(id),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        provider_message_id text,
        sent_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX email_message_program_idx ON email_message (program_id, created_at DESC, id DESC);
      CREATE INDEX email_message_partner_idx ON email_message (partner_id, created_at DESC, id DESC);
      CREATE INDEX email_message_due_idx ON email_message (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');

      CREATE TABLE email_attempt (
        id bigserial PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES email_message(id),
        attempt integer NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        outcome text CHECK (outcome IN ('SENT', 'RETRY', 'FAILED')),
        error text
      );
      CREATE INDEX email_attempt_message_idx ON email_attempt (message_id, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE email_attempt, email_message;`);
  }
}
