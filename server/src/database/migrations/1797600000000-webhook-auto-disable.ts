import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints that keep failing are switched off by the worker: `failing_since` is the time
 * of the first failed attempt since the last success (the worker's clock), and once it is older
 * than the configured period the endpoint is disabled with `disabled_reason` DELIVERIES_FAILING
 * and `disabled_at`. A merchant's own disable says MANUAL. Enabling clears all three.
 * The event index serves replays of a time range.
 */
export class WebhookAutoDisable1797600000000 implements MigrationInterface {
  name = 'WebhookAutoDisable1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_endpoint ADD COLUMN failing_since timestamptz,
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN disabled_reason text CHECK (disabled_reason IN ('MANUAL', 'DELIVERIES_FAILING'));
      CREATE INDEX event_program_occurred_idx ON event (program_id, occurred_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX event_program_occurred_idx;
      ALTER TABLE webhook_endpoint DROP COLUMN failing_since, DROP COLUMN disabled_at, DROP COLUMN disabled_reason;
    `);
  }
}
