import { MigrationInterface, QueryRunner } from 'typeorm';

/** The commission ledger: programs, identities, partners, customers, products, sales, commissions, audit. */
export class InitialLedger1763700000000 implements MigrationInterface {
  name = 'InitialLedger1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        currency char(3) NOT NULL,
        default_attribution text NOT NULL DEFAULT 'LAST' CHECK (default_attribution IN ('FIRST', 'LAST', 'BOTH')),
        pay_thresholds jsonb NOT NULL DEFAULT '{}'::jsonb,
        holding_period_days integer NOT NULL DEFAULT 0 CHECK (holding_period_days BETWEEN 0 AND 365),
        auto_approve boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        name text NOT NULL,
        email text NOT NULL,
        partner_key text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
        paypal_email text,
        pay_thresholds jsonb NOT NULL DEFAULT '{}'::jsonb,
        rule_type text CHECK (rule_type IN ('PERCENT', 'FLAT')),
        rate_bps integer CHECK (rate_bps BETWEEN 0 AND 10000),
        flat_amount_minor bigint CHECK (flat_amount_minor >= 0),
        flat_currency char(3),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, partner_key)
      );
      CREATE INDEX partner_search_idx ON partner (program_id, lower(name));
      CREATE INDEX partner_email_idx ON partner (program_id, lower(email));

      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MERCHANT', 'PARTNER')),
        merchant_role text CHECK (merchant_role IN ('ADMIN', 'VIEWER')),
        partner_id uuid REFERENCES partner(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'MERCHANT' AND merchant_role IS NOT NULL AND partner_id IS NULL)
            OR (kind = 'PARTNER' AND partner_id IS NOT NULL AND merchant_role IS NULL))
      );
      CREATE UNIQUE INDEX account_email_key ON account (lower(email));

      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );

      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        name text NOT NULL,
        key_prefix text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        scope text NOT NULL CHECK (scope IN ('READ', 'WRITE')),
        created_by uuid REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );

      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        external_id text NOT NULL,
        name text,
        email text,
        first_partner_id uuid REFERENCES partner(id),
        last_partner_id uuid REFERENCES partner(id),
        first_referred_at timestamptz,
        last_referred_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, external_id),
        CHECK ((first_partner_id IS NULL) = (last_partner_id IS NULL))
      );

      CREATE TABLE referral (
        id bigserial PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES program(id),
        customer_id uuid NOT NULL REFERENCES customer(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        event text NOT NULL CHECK (event IN ('CLICK', 'OPT_IN', 'PURCHASE', 'MANUAL')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX referral_customer_idx ON referral (customer_id, created_at);

      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        sku text NOT NULL,
        name text NOT NULL,
        commissionable boolean NOT NULL DEFAULT true,
        rule_type text NOT NULL DEFAULT 'PERCENT' CHECK (rule_type IN ('PERCENT', 'FLAT')),
        rate_bps integer CHECK (rate_bps BETWEEN 0 AND 10000),
        flat_amount_minor bigint CHECK (flat_amount_minor >= 0),
        flat_currency char(3),
        attribution text CHECK (attribution IN ('FIRST', 'LAST', 'BOTH')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, sku)
      );

      CREATE TABLE sale (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        external_id text NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer(id),
        product_id uuid NOT NULL REFERENCES product(id),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        refunded_minor bigint NOT NULL DEFAULT 0,
        occurred_at timestamptz NOT NULL,
        manual boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, external_id),
        CHECK (refunded_minor BETWEEN 0 AND amount_minor)
      );
      CREATE INDEX sale_customer_idx ON sale (customer_id);

      CREATE TABLE refund (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        sale_id uuid NOT NULL REFERENCES sale(id),
        external_id text NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (program_id, external_id)
      );

      CREATE TABLE commission (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES program(id),
        partner_id uuid NOT NULL REFERENCES partner(id),
        kind text NOT NULL CHECK (kind IN ('SALE', 'REWARD', 'CLAWBACK')),
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'PAID', 'CANCELLED')),
        currency char(3) NOT NULL,
        amount_minor bigint NOT NULL,
        original_amount_minor bigint NOT NULL,
        sale_id uuid REFERENCES sale(id),
        customer_id uuid REFERENCES customer(id),
        clawback_of_id uuid REFERENCES commission(id),
        description text,
        cancel_reason text,
        payable_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz,
        cancelled_at timestamptz,
        paid_at timestamptz,
        payment_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (CASE kind WHEN 'CLAWBACK' THEN amount_minor <= 0 ELSE amount_minor >= 0 END),
        CHECK (kind <> 'CLAWBACK' OR (clawback_of_id IS NOT NULL AND sale_id IS NOT NULL)),
        CHECK (kind <> 'SALE' OR sale_id IS NOT NULL)
      );
      CREATE INDEX commission_program_status_idx ON commission (program_id, status, created_at DESC, id DESC);
      CREATE INDEX commission_partner_idx ON commission (partner_id, status, currency);
      CREATE INDEX commission_sale_idx ON commission (sale_id);
      CREATE INDEX commission_clawback_of_idx ON commission (clawback_of_id);

      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES program(id),
        actor_kind text NOT NULL,
        actor_id text,
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_entry_program_idx ON audit_entry (program_id, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE audit_entry, commission, refund, sale, product, referral, customer, api_key, session, account, partner, program;
    `);
  }
}
