import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Program keys, so the schema can be distributed by program (Citus's multi-tenant model; see
 * docs/scaling.md and `server/src/database/distribution.ts`):
 * - every table but `program` carries `program_id`: added to `session` and `account_token`
 *   (from their account), `email_attempt` (from its message) and `webhook_attempt` (from its
 *   delivery), backfilled from the parent row, then NOT NULL;
 * - every primary key of a distributed table is `(program_id, id)`, and every foreign key between
 *   distributed tables is `(program_id, x_id) → (program_id, id)`: a child can only point at a row
 *   of its own program, and on Citus both rows live on the same shard;
 * - every index of a distributed table leads with `program_id`, but for the workers' two
 *   cross-program "due" scans and the transitional id indexes (distribution.ts says which and why).
 *
 * Runs after 1796800000000-refund-links and 1796900000000-program-signup: refund_commission's foreign
 * keys are rebuilt here, and on a fresh database they could not be created against a refund or
 * commission whose id alone is no longer unique.
 *
 * Safe on existing data: nothing is deleted; the composite foreign keys are validated, so a row
 * pointing at another program's row (which would be a bug) makes the migration fail instead of
 * being carried along. Indexes are rebuilt under the migration's lock (tables are small today;
 * on a large database build each `(program_id, …)` index CONCURRENTLY first and swap).
 */
export class ProgramKeys1796999999999 implements MigrationInterface {
  name = 'ProgramKeys1796999999999';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- 1. program_id where it was missing, from the parent row.
      ALTER TABLE session ADD COLUMN program_id uuid;
      UPDATE session s SET program_id = a.program_id FROM account a WHERE a.id = s.account_id;
      ALTER TABLE session ALTER COLUMN program_id SET NOT NULL,
        ADD CONSTRAINT session_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id);

      ALTER TABLE account_token ADD COLUMN program_id uuid;
      UPDATE account_token t SET program_id = a.program_id FROM account a WHERE a.id = t.account_id;
      ALTER TABLE account_token ALTER COLUMN program_id SET NOT NULL,
        ADD CONSTRAINT account_token_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id);

      ALTER TABLE email_attempt ADD COLUMN program_id uuid;
      UPDATE email_attempt t SET program_id = m.program_id FROM email_message m WHERE m.id = t.message_id;
      ALTER TABLE email_attempt ALTER COLUMN program_id SET NOT NULL,
        ADD CONSTRAINT email_attempt_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id);

      ALTER TABLE webhook_attempt ADD COLUMN program_id uuid;
      UPDATE webhook_attempt t SET program_id = d.program_id FROM webhook_delivery d WHERE d.id = t.delivery_id;
      ALTER TABLE webhook_attempt ALTER COLUMN program_id SET NOT NULL,
        ADD CONSTRAINT webhook_attempt_program_id_fkey FOREIGN KEY (program_id) REFERENCES program(id) ON DELETE CASCADE;

      -- 2. Foreign keys that point at a distributed table's id go (they come back composite).
      ALTER TABLE account DROP CONSTRAINT account_partner_id_fkey;
      ALTER TABLE customer DROP CONSTRAINT customer_first_partner_id_fkey, DROP CONSTRAINT customer_last_partner_id_fkey;
      ALTER TABLE referral DROP CONSTRAINT referral_customer_id_fkey, DROP CONSTRAINT referral_partner_id_fkey;
      ALTER TABLE sale DROP CONSTRAINT sale_customer_id_fkey, DROP CONSTRAINT sale_product_id_fkey;
      ALTER TABLE refund DROP CONSTRAINT refund_sale_id_fkey;
      ALTER TABLE commission DROP CONSTRAINT commission_partner_id_fkey, DROP CONSTRAINT commission_sale_id_fkey,
        DROP CONSTRAINT commission_customer_id_fkey, DROP CONSTRAINT commission_clawback_of_id_fkey,
        DROP CONSTRAINT commission_payment_fk;
      ALTER TABLE email_message DROP CONSTRAINT email_message_partner_id_fkey;
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_message_id_fkey;
      ALTER TABLE payment DROP CONSTRAINT payment_partner_id_fkey;
      ALTER TABLE pay_request_item DROP CONSTRAINT pay_request_item_payment_id_fkey;
      ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_endpoint_id_fkey, DROP CONSTRAINT webhook_delivery_event_id_fkey;
      ALTER TABLE webhook_attempt DROP CONSTRAINT webhook_attempt_delivery_id_fkey;
      ALTER TABLE refund_commission DROP CONSTRAINT refund_commission_refund_id_fkey,
        DROP CONSTRAINT refund_commission_commission_id_fkey;

      -- 3. Primary keys of distributed tables: (program_id, id).
      ALTER TABLE partner DROP CONSTRAINT partner_pkey, ADD CONSTRAINT partner_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE customer DROP CONSTRAINT customer_pkey, ADD CONSTRAINT customer_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE referral DROP CONSTRAINT referral_pkey, ADD CONSTRAINT referral_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE product DROP CONSTRAINT product_pkey, ADD CONSTRAINT product_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE sale DROP CONSTRAINT sale_pkey, ADD CONSTRAINT sale_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE refund DROP CONSTRAINT refund_pkey, ADD CONSTRAINT refund_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE commission DROP CONSTRAINT commission_pkey, ADD CONSTRAINT commission_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_pkey, ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE email_message DROP CONSTRAINT email_message_pkey, ADD CONSTRAINT email_message_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_pkey, ADD CONSTRAINT email_attempt_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE payment DROP CONSTRAINT payment_pkey, ADD CONSTRAINT payment_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE event DROP CONSTRAINT event_pkey, ADD CONSTRAINT event_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE webhook_endpoint DROP CONSTRAINT webhook_endpoint_pkey, ADD CONSTRAINT webhook_endpoint_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_pkey, ADD CONSTRAINT webhook_delivery_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE webhook_attempt DROP CONSTRAINT webhook_attempt_pkey, ADD CONSTRAINT webhook_attempt_pkey PRIMARY KEY (program_id, id);
      ALTER TABLE refund_commission DROP CONSTRAINT refund_commission_pkey,
        ADD CONSTRAINT refund_commission_pkey PRIMARY KEY (program_id, refund_id, commission_id);

      -- 4. The foreign keys again, composite: a row can only point at a row of its own program.
      ALTER TABLE account ADD CONSTRAINT account_partner_id_fkey
        FOREIGN KEY (program_id, partner_id) REFERENCES partner (program_id, id);
      ALTER TABLE customer
        ADD CONSTRAINT customer_first_partner_id_fkey FOREIGN KEY (program_id, first_partner_id) REFERENCES partner (program_id, id),
        ADD CONSTRAINT customer_last_partner_id_fkey FOREIGN KEY (program_id, last_partner_id) REFERENCES partner (program_id, id);
      ALTER TABLE referral
        ADD CONSTRAINT referral_customer_id_fkey FOREIGN KEY (program_id, customer_id) REFERENCES customer (program_id, id),
        ADD CONSTRAINT referral_partner_id_fkey FOREIGN KEY (program_id, partner_id) REFERENCES partner (program_id, id);
      ALTER TABLE sale
        ADD CONSTRAINT sale_customer_id_fkey FOREIGN KEY (program_id, customer_id) REFERENCES customer (program_id, id),
        ADD CONSTRAINT sale_product_id_fkey FOREIGN KEY (program_id, product_id) REFERENCES product (program_id, id);
      ALTER TABLE refund
        ADD CONSTRAINT refund_sale_id_fkey FOREIGN KEY (program_id, sale_id) REFERENCES sale (program_id, id);
      ALTER TABLE commission
        ADD CONSTRAINT commission_partner_id_fkey FOREIGN KEY (program_id, partner_id) REFERENCES partner (program_id, id),
        ADD CONSTRAINT commission_sale_id_fkey FOREIGN KEY (program_id, sale_id) REFERENCES sale (program_id, id),
        ADD CONSTRAINT commission_customer_id_fkey FOREIGN KEY (program_id, customer_id) REFERENCES customer (program_id, id),
        ADD CONSTRAINT commission_clawback_of_id_fkey FOREIGN KEY (program_id, clawback_of_id) REFERENCES commission (program_id, id),
        ADD CONSTRAINT commission_payment_fk FOREIGN KEY (program_id, payment_id) REFERENCES payment (program_id, id);
      ALTER TABLE email_message
        ADD CONSTRAINT email_message_partner_id_fkey FOREIGN KEY (program_id, partner_id) REFERENCES partner (program_id, id);
      ALTER TABLE email_attempt
        ADD CONSTRAINT email_attempt_message_id_fkey FOREIGN KEY (program_id, message_id) REFERENCES email_message (program_id, id);
      ALTER TABLE payment
        ADD CONSTRAINT payment_partner_id_fkey FOREIGN KEY (program_id, partner_id) REFERENCES partner (program_id, id);
      ALTER TABLE pay_request_item
        ADD CONSTRAINT pay_request_item_payment_id_fkey FOREIGN KEY (program_id, payment_id) REFERENCES payment (program_id, id);
      ALTER TABLE webhook_delivery
        ADD CONSTRAINT webhook_delivery_endpoint_id_fkey FOREIGN KEY (program_id, endpoint_id)
          REFERENCES webhook_endpoint (program_id, id) ON DELETE CASCADE,
        ADD CONSTRAINT webhook_delivery_event_id_fkey FOREIGN KEY (program_id, event_id) REFERENCES event (program_id, id) ON DELETE CASCADE;
      ALTER TABLE webhook_attempt
        ADD CONSTRAINT webhook_attempt_delivery_id_fkey FOREIGN KEY (program_id, delivery_id)
          REFERENCES webhook_delivery (program_id, id) ON DELETE CASCADE;
      ALTER TABLE refund_commission
        ADD CONSTRAINT refund_commission_refund_id_fkey FOREIGN KEY (program_id, refund_id) REFERENCES refund (program_id, id),
        ADD CONSTRAINT refund_commission_commission_id_fkey FOREIGN KEY (program_id, commission_id) REFERENCES commission (program_id, id);

      -- 5. Indexes lead with program_id (same names, same columns after it).
      DROP INDEX referral_customer_idx;
      CREATE INDEX referral_customer_idx ON referral (program_id, customer_id, created_at);
      DROP INDEX sale_customer_idx;
      CREATE INDEX sale_customer_idx ON sale (program_id, customer_id);
      DROP INDEX commission_partner_idx;
      CREATE INDEX commission_partner_idx ON commission (program_id, partner_id, status, currency);
      DROP INDEX commission_clawback_of_idx;
      CREATE INDEX commission_clawback_of_idx ON commission (program_id, clawback_of_id);
      DROP INDEX commission_payment_idx;
      CREATE INDEX commission_payment_idx ON commission (program_id, payment_id) WHERE payment_id IS NOT NULL;
      DROP INDEX commission_partner_created_idx;
      CREATE INDEX commission_partner_created_idx ON commission (program_id, partner_id, created_at);
      DROP INDEX email_message_partner_idx;
      CREATE INDEX email_message_partner_idx ON email_message (program_id, partner_id, created_at DESC, id DESC);
      DROP INDEX email_attempt_message_idx;
      CREATE INDEX email_attempt_message_idx ON email_attempt (program_id, message_id, id);
      DROP INDEX payment_partner_idx;
      CREATE INDEX payment_partner_idx ON payment (program_id, partner_id, created_at DESC);
      DROP INDEX webhook_delivery_endpoint_idx;
      CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (program_id, endpoint_id, created_at DESC, id DESC);
      DROP INDEX webhook_delivery_event_idx;
      CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (program_id, event_id);
      DROP INDEX webhook_attempt_delivery_idx;
      CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (program_id, delivery_id, attempt);
      DROP INDEX refund_commission_commission_idx;
      CREATE INDEX refund_commission_commission_idx ON refund_commission (program_id, commission_id);
      -- The primary key (program_id, id) now serves "a program's audit entries, newest first".
      DROP INDEX audit_entry_program_idx;

      -- 6. Transitional (TRANSITIONAL_INDEXES in distribution.ts): lookups by id alone that the sale
      -- ingest still makes. Not unique, so they do not stand in the way of Citus;
      -- a later migration drops them once those queries name the program. commission_sale_idx
      -- (sale_id) stays as it was for the same reason.
      CREATE INDEX partner_id_idx ON partner (id);
      CREATE INDEX customer_id_idx ON customer (id);
      CREATE INDEX product_id_idx ON product (id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX partner_id_idx, customer_id_idx, product_id_idx;
      CREATE INDEX audit_entry_program_idx ON audit_entry (program_id, id DESC);
      DROP INDEX refund_commission_commission_idx;
      CREATE INDEX refund_commission_commission_idx ON refund_commission (commission_id);
      DROP INDEX webhook_attempt_delivery_idx;
      CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempt);
      DROP INDEX webhook_delivery_event_idx;
      CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_id);
      DROP INDEX webhook_delivery_endpoint_idx;
      CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC);
      DROP INDEX payment_partner_idx;
      CREATE INDEX payment_partner_idx ON payment (partner_id, created_at DESC);
      DROP INDEX email_attempt_message_idx;
      CREATE INDEX email_attempt_message_idx ON email_attempt (message_id, id);
      DROP INDEX email_message_partner_idx;
      CREATE INDEX email_message_partner_idx ON email_message (partner_id, created_at DESC, id DESC);
      DROP INDEX commission_partner_created_idx;
      CREATE INDEX commission_partner_created_idx ON commission (partner_id, created_at);
      DROP INDEX commission_payment_idx;
      CREATE INDEX commission_payment_idx ON commission (payment_id) WHERE payment_id IS NOT NULL;
      DROP INDEX commission_clawback_of_idx;
      CREATE INDEX commission_clawback_of_idx ON commission (clawback_of_id);
      DROP INDEX commission_partner_idx;
      CREATE INDEX commission_partner_idx ON commission (partner_id, status, currency);
      DROP INDEX sale_customer_idx;
      CREATE INDEX sale_customer_idx ON sale (customer_id);
      DROP INDEX referral_customer_idx;
      CREATE INDEX referral_customer_idx ON referral (customer_id, created_at);

      ALTER TABLE account DROP CONSTRAINT account_partner_id_fkey;
      ALTER TABLE customer DROP CONSTRAINT customer_first_partner_id_fkey, DROP CONSTRAINT customer_last_partner_id_fkey;
      ALTER TABLE referral DROP CONSTRAINT referral_customer_id_fkey, DROP CONSTRAINT referral_partner_id_fkey;
      ALTER TABLE sale DROP CONSTRAINT sale_customer_id_fkey, DROP CONSTRAINT sale_product_id_fkey;
      ALTER TABLE refund DROP CONSTRAINT refund_sale_id_fkey;
      ALTER TABLE commission DROP CONSTRAINT commission_partner_id_fkey, DROP CONSTRAINT commission_sale_id_fkey,
        DROP CONSTRAINT commission_customer_id_fkey, DROP CONSTRAINT commission_clawback_of_id_fkey,
        DROP CONSTRAINT commission_payment_fk;
      ALTER TABLE email_message DROP CONSTRAINT email_message_partner_id_fkey;
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_message_id_fkey;
      ALTER TABLE payment DROP CONSTRAINT payment_partner_id_fkey;
      ALTER TABLE pay_request_item DROP CONSTRAINT pay_request_item_payment_id_fkey;
      ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_endpoint_id_fkey, DROP CONSTRAINT webhook_delivery_event_id_fkey;
      ALTER TABLE webhook_attempt DROP CONSTRAINT webhook_attempt_delivery_id_fkey;
      ALTER TABLE refund_commission DROP CONSTRAINT refund_commission_refund_id_fkey,
        DROP CONSTRAINT refund_commission_commission_id_fkey;

      ALTER TABLE refund_commission DROP CONSTRAINT refund_commission_pkey,
        ADD CONSTRAINT refund_commission_pkey PRIMARY KEY (refund_id, commission_id);
      ALTER TABLE partner DROP CONSTRAINT partner_pkey, ADD CONSTRAINT partner_pkey PRIMARY KEY (id);
      ALTER TABLE customer DROP CONSTRAINT customer_pkey, ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
      ALTER TABLE referral DROP CONSTRAINT referral_pkey, ADD CONSTRAINT referral_pkey PRIMARY KEY (id);
      ALTER TABLE product DROP CONSTRAINT product_pkey, ADD CONSTRAINT product_pkey PRIMARY KEY (id);
      ALTER TABLE sale DROP CONSTRAINT sale_pkey, ADD CONSTRAINT sale_pkey PRIMARY KEY (id);
      ALTER TABLE refund DROP CONSTRAINT refund_pkey, ADD CONSTRAINT refund_pkey PRIMARY KEY (id);
      ALTER TABLE commission DROP CONSTRAINT commission_pkey, ADD CONSTRAINT commission_pkey PRIMARY KEY (id);
      ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_pkey, ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);
      ALTER TABLE email_message DROP CONSTRAINT email_message_pkey, ADD CONSTRAINT email_message_pkey PRIMARY KEY (id);
      ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_pkey, ADD CONSTRAINT email_attempt_pkey PRIMARY KEY (id);
      ALTER TABLE payment DROP CONSTRAINT payment_pkey, ADD CONSTRAINT payment_pkey PRIMARY KEY (id);
      ALTER TABLE event DROP CONSTRAINT event_pkey, ADD CONSTRAINT event_pkey PRIMARY KEY (id);
      ALTER TABLE webhook_endpoint DROP CONSTRAINT webhook_endpoint_pkey, ADD CONSTRAINT webhook_endpoint_pkey PRIMARY KEY (id);
      ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_pkey, ADD CONSTRAINT webhook_delivery_pkey PRIMARY KEY (id);
      ALTER TABLE webhook_attempt DROP CONSTRAINT webhook_attempt_pkey, ADD CONSTRAINT webhook_attempt_pkey PRIMARY KEY (id);

      ALTER TABLE account ADD CONSTRAINT account_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id);
      ALTER TABLE customer
        ADD CONSTRAINT customer_first_partner_id_fkey FOREIGN KEY (first_partner_id) REFERENCES partner(id),
        ADD CONSTRAINT customer_last_partner_id_fkey FOREIGN KEY (last_partner_id) REFERENCES partner(id);
      ALTER TABLE referral
        ADD CONSTRAINT referral_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer(id),
        ADD CONSTRAINT referral_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id);
      ALTER TABLE sale
        ADD CONSTRAINT sale_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer(id),
        ADD CONSTRAINT sale_product_id_fkey FOREIGN KEY (product_id) REFERENCES product(id);
      ALTER TABLE refund ADD CONSTRAINT refund_sale_id_fkey FOREIGN KEY (sale_id) REFERENCES sale(id);
      ALTER TABLE commission
        ADD CONSTRAINT commission_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id),
        ADD CONSTRAINT commission_sale_id_fkey FOREIGN KEY (sale_id) REFERENCES sale(id),
        ADD CONSTRAINT commission_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer(id),
        ADD CONSTRAINT commission_clawback_of_id_fkey FOREIGN KEY (clawback_of_id) REFERENCES commission(id),
        ADD CONSTRAINT commission_payment_fk FOREIGN KEY (payment_id) REFERENCES payment(id);
      ALTER TABLE email_message ADD CONSTRAINT email_message_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id);
      ALTER TABLE email_attempt ADD CONSTRAINT email_attempt_message_id_fkey FOREIGN KEY (message_id) REFERENCES email_message(id);
      ALTER TABLE payment ADD CONSTRAINT payment_partner_id_fkey FOREIGN KEY (partner_id) REFERENCES partner(id);
      ALTER TABLE pay_request_item ADD CONSTRAINT pay_request_item_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES payment(id);
      ALTER TABLE webhook_delivery
        ADD CONSTRAINT webhook_delivery_endpoint_id_fkey FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        ADD CONSTRAINT webhook_delivery_event_id_fkey FOREIGN KEY (event_id) REFERENCES event(id) ON DELETE CASCADE;
      ALTER TABLE webhook_attempt
        ADD CONSTRAINT webhook_attempt_delivery_id_fkey FOREIGN KEY (delivery_id) REFERENCES webhook_delivery(id) ON DELETE CASCADE;
      ALTER TABLE refund_commission
        ADD CONSTRAINT refund_commission_refund_id_fkey FOREIGN KEY (refund_id) REFERENCES refund(id),
        ADD CONSTRAINT refund_commission_commission_id_fkey FOREIGN KEY (commission_id) REFERENCES commission(id);

      ALTER TABLE webhook_attempt DROP COLUMN program_id;
      ALTER TABLE email_attempt DROP COLUMN program_id;
      ALTER TABLE account_token DROP COLUMN program_id;
      ALTER TABLE session DROP COLUMN program_id;
    `);
  }
}
