import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments: the payment record, the idempotency record of pay requests (and each partner-currency
 * decision taken under a request), and the ledger constraints that make a PAID commission always
 * point at exactly one payment.
 */
export class Payments1763812300000 implements MigrationInterface {
  name = 'Payments1763812300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        currency char(3) NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        commission_count integer NOT NULL CHECK (commission_count > 0),
        method text NOT NULL CHECK (method IN ('PAYPAL', 'BANK_TRANSFER', 'OTHER')),
        reference text,
        note text,
        idempotency_key text,
        actor_kind text NOT NULL,
        actor_id text,
        actor_label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        voided_at timestamptz,
        voided_by_label text,
        void_reason text,
        CHECK ((voided_at IS NULL) = (void_reason IS NULL))
      );
      CREATE INDEX payment_program_idx ON payment (program_id, created_at DESC, id DESC);
      CREATE INDEX payment_partner_idx ON payment (partner_id, created_at DESC);
      -- One payment per partner and currency per pay request, whatever the retries.
      CREATE UNIQUE INDEX payment_request_key ON payment (program_id, idempotency_key, partner_id, currency)
        WHERE idempotency_key IS NOT NULL;

      CREATE TABLE pay_request (
        program_id uuid NOT NULL REFERENCES program(id),
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        targets jsonb NOT NULL,
        response jsonb,
        actor_label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (program_id, idempotency_key)
      );

      CREATE TABLE pay_request_item (
        program_id uuid NOT NULL,
        idempotency_key text NOT NULL,
        partner_id uuid NOT NULL,
        currency char(3) NOT NULL,
        result jsonb NOT NULL,
        payment_id uuid REFERENCES payment(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (program_id, idempotency_key, partner_id, currency),
        FOREIGN KEY (program_id, idempotency_key) REFERENCES pay_request (program_id, idempotency_key)
      );

      ALTER TABLE commission
        ADD CONSTRAINT commission_payment_fk FOREIGN KEY (payment_id) REFERENCES payment(id),
        ADD CONSTRAINT commission_paid_has_payment CHECK ((status = 'PAID') = (payment_id IS NOT NULL)),
        ADD CONSTRAINT commission_paid_has_paid_at CHECK ((status = 'PAID') = (paid_at IS NOT NULL));
      CREATE INDEX commission_payment_idx ON commission (payment_id) WHERE payment_id IS NOT NULL;
      CREATE INDEX commission_paid_idx ON commission (program_id, paid_at DESC) WHERE status = 'PAID';
      -- The auto-approve scheduler's scan.
      CREATE INDEX commission_due_idx ON commission (program_id, payable_at) WHERE status = 'PENDING' AND kind = 'SALE';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX commission_due_idx, commission_paid_idx, commission_payment_idx;
      ALTER TABLE commission DROP CONSTRAINT commission_paid_has_paid_at, DROP CONSTRAINT commission_paid_has_payment,
        DROP CONSTRAINT commission_payment_fk;
      DROP TABLE pay_request_item, pay_request, payment;
    `);
  }
}
