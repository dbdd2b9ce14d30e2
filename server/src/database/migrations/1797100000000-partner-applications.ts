import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner applications: a program may open a public application page (`/join/<slug>`, the slug
 * unique across programs) with an intro and up to five questions; an application is a partner in
 * status APPLIED with its answers, approved (ACTIVE) or DECLINED (with the reason) by the merchant.
 */
export class PartnerApplications1797100000000 implements MigrationInterface {
  name = 'PartnerApplications1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE program
        ADD COLUMN applications_open boolean NOT NULL DEFAULT false,
        ADD COLUMN application_slug text
          CONSTRAINT program_application_slug_check CHECK (application_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(application_slug) BETWEEN 3 AND 60),
        ADD COLUMN application_intro text NOT NULL DEFAULT '',
        ADD COLUMN application_questions jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD CONSTRAINT program_applications_open_has_slug CHECK (NOT applications_open OR application_slug IS NOT NULL);
      CREATE UNIQUE INDEX program_application_slug_key ON program (application_slug);
      ALTER TABLE partner DROP CONSTRAINT partner_status_check;
      ALTER TABLE partner ADD CONSTRAINT partner_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'APPLIED', 'DECLINED'));
      ALTER TABLE partner
        ADD COLUMN application_answers jsonb,
        ADD COLUMN applied_at timestamptz,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decline_reason text;
      CREATE INDEX partner_applied_idx ON partner (program_id, applied_at DESC) WHERE applied_at IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX partner_applied_idx;
      DELETE FROM partner p WHERE p.status IN ('APPLIED', 'DECLINED')
        AND NOT EXISTS (SELECT 1 FROM commission c WHERE c.program_id = p.program_id AND c.partner_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM account a WHERE a.program_id = p.program_id AND a.partner_id = p.id);
      UPDATE partner SET status = 'SUSPENDED' WHERE status IN ('APPLIED', 'DECLINED');
      ALTER TABLE partner DROP COLUMN application_answers, DROP COLUMN applied_at, DROP COLUMN decided_at, DROP COLUMN decline_reason;
      ALTER TABLE partner DROP CONSTRAINT partner_status_check;
      ALTER TABLE partner ADD CONSTRAINT partner_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED'));
      DROP INDEX program_application_slug_key;
      ALTER TABLE program DROP CONSTRAINT program_applications_open_has_slug,
        DROP COLUMN applications_open, DROP COLUMN application_slug, DROP COLUMN application_intro, DROP COLUMN application_questions;
    `);
  }
}
