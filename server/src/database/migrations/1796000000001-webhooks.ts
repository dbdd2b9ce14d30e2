import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed webhooks: endpoints, one delivery per (event, endpoint) written with the event in the
 * same statement (so none is ever missed), and every attempt kept. A delivery is claimed under a
 * lease and a claim id like an email; `webhook_delivery.event_id` is the webhook-id receivers
 * deduplicate on.
 */
export class Webhooks1796000000001 implements MigrationInterface {
  name = 'Webhooks1796000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_endpoint_program_idx ON webhook_endpoint (program_id);
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        event_seq bigint NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'SUCCEEDED', 'DEAD')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        claim_id uuid,
        last_status_code int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at, event_seq) WHERE status IN ('PENDING', 'SENDING');
      CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC);
      CREATE INDEX webhook_delivery_program_idx ON webhook_delivery (program_id, created_at DESC, id DESC);
      CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_id);
      CREATE TABLE webhook_attempt (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id) ON DELETE CASCADE,
        attempt int NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        outcome text CHECK (outcome IN ('SUCCEEDED', 'RETRY', 'DEAD', 'UNKNOWN')),
        status_code int,
        duration_ms int,
        response_excerpt text,
        error text
      );
      CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempt);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_attempt, webhook_delivery, webhook_endpoint`);
  }
}
