import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event feed (transactional outbox): one row per audited change, written by the same
 * statement as its audit entry. `seq` comes from `event_sequence`, whose per-program row stays
 * locked until the writing transaction ends, so sequence numbers are handed out in commit order:
 * once a reader sees `seq = n`, every lower number of that program is committed (or never existed),
 * and a rolled-back transaction gives its numbers back. No gaps, no late arrivals below a cursor.
 */
export class EventFeed1796000000000 implements MigrationInterface {
  name = 'EventFeed1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_sequence (
        program_id uuid PRIMARY KEY REFERENCES program(id) ON DELETE CASCADE,
        last_seq bigint NOT NULL
      );
      CREATE TABLE event (
        id uuid PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        type text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        actor_kind text NOT NULL,
        actor_label text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, seq)
      );
      CREATE INDEX event_program_type_seq_idx ON event (program_id, type, seq);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event, event_sequence`);
  }
}
